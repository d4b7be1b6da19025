import type { CheatSheet, StoryInput } from "@storybank/core/cheatsheet";
import { sheetOf } from "./fixtures.ts";

/**
 * The multilingual sample sheet: a story per script people write, names in mixed scripts,
 * numbers, right-to-left lines with English words and digits inside, emoji sequences, a compound
 * joined by soft hyphens and one joined by zero-width spaces. Each story's title is a sample the
 * PDF must print whole and in logical order.
 */
export interface Sample {
  script: string;
  title: string;
  situation: string;
  result: string;
  lesson: string;
}

const shy = "\u00ad";
const zwsp = "\u200b";

export const samples: Sample[] = [
  {
    script: "Latin, Greek, Cyrillic",
    title: "Zoë, Δημήτρης and Дмитрий cut p95 latency",
    situation: "Checkout in Αθήνα and Москва timed out at p95 2.4 s; I owned the fix.",
    result: "p95 2.4 s → 310 ms, 18% more orders",
    lesson: "Measure every hop first.",
  },
  {
    script: "Soft hyphens",
    title: `Donau${shy}dampf${shy}schiff${shy}fahrts${shy}gesellschafts${shy}kapitäns${shy}ausbildungs${shy}programm`,
    situation: `The Kapitäns${shy}ausbildungs${shy}programm had 3 owners and no plan.`,
    result: "Onboarding 6 weeks → 9 days",
    lesson: "One owner per programme.",
  },
  {
    script: "Zero-width spaces",
    title: `Kafka${zwsp}Connect${zwsp}Sink${zwsp}Connector${zwsp}Migration${zwsp}Playbook${zwsp}Rollout`,
    situation: "Forty connectors, two clusters, one weekend.",
    result: "0 lost events across 40 connectors",
    lesson: "Rehearse the cut-over twice.",
  },
  {
    script: "Hebrew",
    title: "הפחתנו את זמן התגובה ב-40% עם Kafka",
    situation: "הצוות של יוסי ו-Dana טיפל ב-9,000 פניות בחודש.",
    result: "זמן תגובה ירד מ-38 דקות ל-70 שניות",
    lesson: "מודדים לפני שמשנים.",
  },
  {
    script: "Arabic",
    title: "خفضنا التكاليف بنسبة 30% باستخدام AWS",
    situation: "كان فريق سارة ينفق 120 ألف دولار شهرياً على الخوادم.",
    result: "وفرنا 430 ألف دولار في السنة",
    lesson: "القياس أولاً ثم التغيير.",
  },
  {
    script: "Devanagari",
    title: "ग्राहक सहायता में सुधार और क्षमता",
    situation: "प्रिया की टीम हर महीने 9,000 शिकायतें संभालती थी।",
    result: "शिकायतें 66% कम हुईं",
    lesson: "पहले मापो, फिर बदलो।",
  },
  {
    script: "Bengali",
    title: "দলের নেতৃত্ব দেওয়া ও সিদ্ধান্ত",
    situation: "আমাদের ১২ জনের দল দুটি শহরে কাজ করত।",
    result: "রিলিজের সময় ৩ সপ্তাহ থেকে ৪ দিন",
    lesson: "স্পষ্ট দায়িত্ব ভাগ করুন।",
  },
  {
    script: "Tamil",
    title: "வாடிக்கையாளர் திருப்தி உயர்ந்தது",
    situation: "கார்த்திக் குழு மாதம் 4,000 புகார்களைக் கையாண்டது.",
    result: "திருப்தி 72% இலிருந்து 91%",
    lesson: "முதலில் அளவிடுங்கள்.",
  },
  {
    script: "Thai",
    title: "ลดเวลาตอบสนองของระบบชำระเงินลงครึ่งหนึ่งภายในสามเดือน",
    situation: "ทีมของสมชายดูแลระบบที่มีผู้ใช้สองล้านคนและล่มบ่อยทุกสัปดาห์",
    result: "เวลาตอบสนองลดลงจาก 800 เป็น 350 มิลลิวินาที",
    lesson: "วัดผลก่อนแล้วค่อยเปลี่ยนแปลง",
  },
  {
    script: "Chinese (Simplified)",
    title: "将部署时间从两小时缩短到十分钟",
    situation: "王伟的团队每周发布一次，每次部署需要两个小时，经常失败。",
    result: "部署时间从 120 分钟降到 10 分钟，失败率下降 80%",
    lesson: "先测量，再优化。",
  },
  {
    script: "Chinese (Traditional)",
    title: "帶領團隊完成資料庫遷移",
    situation: "陳志明負責的資料庫每天處理三億筆交易。",
    result: "零停機完成遷移，成本降低 35%",
    lesson: "遷移前先演練兩次。",
  },
  {
    script: "Japanese",
    title: "障害対応の仕組みを作り直した",
    situation: "田中さんのチームは毎月十件以上の障害に追われていました。",
    result: "障害件数を月 12 件から 3 件に削減",
    lesson: "振り返りは責めずに仕組みを直す。",
  },
  {
    script: "Korean",
    title: "결제 시스템 장애를 절반으로 줄였습니다",
    situation: "김민수 팀은 매달 여덟 번의 결제 장애를 겪었습니다.",
    result: "장애 월 8건에서 3건으로 감소",
    lesson: "먼저 측정하고 바꾸세요.",
  },
  {
    script: "Emoji",
    title: "Launch 🚀 1️⃣ 👍🏽 ❤️‍🩹 🇯🇵 👩‍👩‍👧 done",
    situation: "Team 👩‍💻 in 🇩🇪 and 🇯🇵 shipped v2 ✅.",
    result: "NPS 31 → 58 🎉",
    lesson: "Celebrate small wins 👏🏿.",
  },
];

/** The samples as stories, in the order above. */
export function multilingualStories(): StoryInput[] {
  return samples.map((sample, i) => ({
    id: `sty_ml${String(i + 1).padStart(2, "0")}`,
    title: sample.title,
    headline: sample.result,
    situation: sample.situation,
    task: "",
    actions: [],
    results: [{ heading: "", points: [sample.result] }],
    lessons: sample.lesson,
    takeaway: "",
    hooks: [],
    refined: "",
    connections: [],
  }));
}

export const multilingualSheet = (): CheatSheet => sheetOf(multilingualStories(), 4);

/** A sample as it reads once soft hyphens and zero-width spaces, which draw nothing, are gone. */
export const readable = (text: string) => text.replace(/[\u00ad\u200b]/gu, "");
