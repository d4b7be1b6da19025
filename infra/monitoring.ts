import { type AlarmSpec, alarmSpecs, dashboardBody, type Monitored } from "./alarms.ts";
import { api, routes } from "./api.ts";
import { table } from "./storage.ts";
import { sweep } from "./sweep.ts";

/**
 * Where alarms go: an SNS topic per stage. Subscribe to it once (e-mail, chat, a pager); with
 * `STORYBANK_ALARM_EMAIL` set at deploy time the address is subscribed (AWS asks it to confirm).
 */
export const alarmTopic = new sst.aws.SnsTopic("Alarms");
const email = process.env.STORYBANK_ALARM_EMAIL?.trim();
if (email) {
  new aws.sns.TopicSubscription("AlarmEmail", {
    topic: alarmTopic.arn,
    protocol: "email",
    endpoint: email,
  });
}

const monitored: Monitored<$util.Output<string>> = {
  region: aws.getRegionOutput().region,
  apiId: api.nodes.api.id,
  functions: {
    rest: routes.rest.nodes.function.name,
    graphql: routes.graphql.nodes.function.name,
    sweep: sweep.nodes.function.name,
  },
  table: table.name,
};

/** Each alarm of `alarmSpecs`, firing and clearing to the topic. */
export const alarms = alarmSpecs(monitored).map(
  ({ name, ...spec }: AlarmSpec<$util.Output<string>>) =>
    new aws.cloudwatch.MetricAlarm(name, {
      ...spec,
      name: $interpolate`${$app.name}-${$app.stage}-${name}`,
      alarmActions: [alarmTopic.arn],
      okActions: [alarmTopic.arn],
    }),
);

/** The stage's dashboard: `<app>-<stage>` in the CloudWatch console. */
export const dashboard = new aws.cloudwatch.Dashboard("Dashboard", {
  dashboardName: `${$app.name}-${$app.stage}`,
  dashboardBody: $resolve([
    monitored.region,
    monitored.apiId,
    monitored.functions.rest,
    monitored.functions.graphql,
    monitored.functions.sweep,
    monitored.table,
  ]).apply(([region, apiId, rest, graphql, sweepFn, tableName]) =>
    JSON.stringify(
      dashboardBody({
        region,
        apiId,
        functions: { rest, graphql, sweep: sweepFn },
        table: tableName,
      }),
    ),
  ),
});
