import { checkStory, spokenSeconds, spokenUnits } from "@storybank/core/check";
import { describe, expect, it } from "vitest";
import { fixtureStory } from "../../../tests/fixtures/index.ts";

/**
 * Speaking time by script: one refined telling of the same story in English and in Chinese,
 * Japanese and Korean translations, each said in about a minute.
 */
const tellings = {
  en: "At Kestrel Freight, shipment tracking lagged reality by thirty-eight minutes at the ninety-fifth percentile, and our biggest shippers filed nine thousand tickets a month. I owned getting freshness under two minutes before peak season, fourteen weeks out. I started by stamping every event at each hop, which showed the delay was batch scheduling, not compute. I moved the scan events to a streaming log, shadowed the old batch job for three weeks to prove the numbers matched, and rolled out lane by lane so any problem stayed small. Freshness dropped from thirty-eight minutes to seventy seconds, tickets fell by two thirds, and we kept four point one million dollars in renewals. The lesson I took away is to measure every hop before choosing a design.",
  zh: "在凯斯特雷尔货运公司，货物追踪在第九十五百分位上比实际情况晚了三十八分钟，我们最大的几家客户每个月提交九千张工单。我负责在旺季到来之前、也就是十四周之内，把数据新鲜度降到两分钟以内。我先在每一个环节给每个事件打上时间戳，结果发现延迟来自批处理调度，而不是计算能力。我把扫描事件迁移到流式日志上，让旧的批处理任务并行运行三周来证明数字一致，然后按线路逐条上线，这样任何问题都只会影响很小的范围。数据新鲜度从三十八分钟降到七十秒，工单减少了三分之二，我们还保住了四百一十万美元的续约合同。我得到的教训是：在选择设计方案之前，先把每一个环节都测量清楚。",
  ja: "ケストレル・フレイトでは、貨物追跡が九十五パーセンタイルで実際より三十八分遅れており、大口の荷主から毎月九千件の問い合わせが来ていました。私は繁忙期までの十四週間で、鮮度を二分未満にする責任を負いました。まず各中継点ですべてのイベントに時刻を記録したところ、遅れの原因は計算能力ではなくバッチのスケジューリングだと分かりました。スキャンイベントをストリーミングのログに移し、古いバッチ処理を三週間並行して動かして数字が一致することを確かめ、路線ごとに順番に切り替えて、問題が起きても影響を小さく抑えました。鮮度は三十八分から七十秒に縮まり、問い合わせは三分の二減り、四百十万ドルの契約更新も守れました。設計を選ぶ前に、すべての中継点を測ることが教訓です。",
  ko: "케스트렐 프레이트에서는 화물 추적이 95번째 백분위수 기준으로 실제보다 38분 늦었고, 가장 큰 화주들이 한 달에 9천 건의 문의를 보냈습니다. 저는 성수기까지 남은 14주 안에 데이터 신선도를 2분 이내로 줄이는 일을 맡았습니다. 먼저 모든 구간에서 이벤트마다 시각을 기록했더니, 지연의 원인은 연산 능력이 아니라 배치 스케줄링이었습니다. 스캔 이벤트를 스트리밍 로그로 옮기고, 기존 배치 작업을 3주 동안 함께 돌려 숫자가 같다는 것을 증명한 뒤, 노선별로 하나씩 전환해서 문제가 생겨도 피해가 작게 머물도록 했습니다. 신선도는 38분에서 70초로 줄었고, 문의는 3분의 2가 줄었으며, 410만 달러의 재계약도 지켰습니다. 제가 얻은 교훈은 설계를 고르기 전에 모든 구간을 측정하라는 것입니다.",
};

const key = "staff-tracking";
const check = (refined: string, wpm?: number) =>
  checkStory(fixtureStory(key, { refined }), wpm ? { wpm } : {});

describe("speaking time by script", () => {
  it("counts Chinese and Japanese in characters and Korean in syllables", () => {
    expect(spokenUnits(tellings.zh)).toMatchObject({ words: 0, chinese: 254, japanese: 0 });
    expect(spokenUnits(tellings.ja)).toMatchObject({ words: 0, chinese: 0, japanese: 311 });
    expect(spokenUnits(tellings.ko)).toMatchObject({ korean: 270, words: 11 });
    expect(spokenUnits(tellings.en)).toEqual({ words: 128, chinese: 0, japanese: 0, korean: 0 });
  });

  it("reads a one-minute telling in each language as about a minute", () => {
    const english = check(tellings.en).figures.refinedSeconds;
    expect(english).toBe(51);
    for (const lang of ["zh", "ja", "ko"] as const) {
      const { figures, findings } = check(tellings[lang]);
      expect(figures.refinedSeconds, lang).toBeGreaterThanOrEqual(55);
      expect(figures.refinedSeconds, lang).toBeLessThanOrEqual(65);
      // The same story translated takes about as long as its English twin.
      expect(Math.abs(figures.refinedSeconds - english), lang).toBeLessThanOrEqual(12);
      const codes = findings.map((f) => f.code);
      expect(codes, lang).not.toContain("refined_too_short");
      expect(codes.includes("refined_too_long"), lang).toBe(figures.refinedSeconds > 60);
    }
  });

  it("counts the words of a script without spaces with Intl.Segmenter", () => {
    const thai = "ทีมของสมชายดูแลระบบที่มีผู้ใช้สองล้านคน";
    expect(spokenUnits(thai).words).toBeGreaterThanOrEqual(8);
    expect(spokenSeconds(thai.repeat(10), 150)).toBeGreaterThan(20);
  });

  it("scales every script with the speaker's pace", () => {
    expect(spokenSeconds(tellings.zh, 180)).toBe(Math.round((254 / 300) * 60));
    expect(check(tellings.zh, 120).figures.refinedSeconds).toBe(Math.round((254 / 200) * 60));
  });

  it("says how long a too-long telling is in the script's own unit", () => {
    const { findings } = check(tellings.zh.repeat(2));
    const long = findings.find((f) => f.code === "refined_too_long");
    expect(long?.message).toContain("508 characters");
    expect(long?.message).toContain("250 characters at most");
  });
});
