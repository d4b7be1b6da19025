// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- SST's platform types declare globals ($config, sst, $app); there is no module to import.
/// <reference path="./.sst/platform/config.d.ts" />

export default $config({
  async app(input) {
    const { appSettings } = await import("./infra/stage.ts");
    return appSettings(input?.stage);
  },
  async run() {
    const { table } = await import("./infra/storage.ts");
    const { api } = await import("./infra/api.ts");
    const { alarmTopic, dashboard } = await import("./infra/monitoring.ts");
    await import("./infra/sweep.ts");
    return {
      api: api.url,
      table: table.name,
      alarms: alarmTopic.arn,
      dashboard: dashboard.dashboardName,
    };
  },
});
