import { numberWords } from "./figures.ts";

/**
 * The words by which a spoken STAR story shows its parts, from the craft's own advice on
 * telling one (situation → "I" and the decision → what I did → what changed, with numbers →
 * the lesson → a bridge to the company). English only; a sentence that shows no cue is read by
 * its place in the telling.
 */

/** "I" and the decision or ownership that makes the task: "I proposed…", "I was asked to…". */
export const taskCue =
  /\bI (?:was (?:asked|tasked|responsible|given|brought in|hired)|proposed|decided|disagreed|thought|believed|objected|volunteered|offered|owned|had to|needed to|wanted to|set out|took on|took ownership|chose|pushed back|insisted|argued|gave myself|committed|stepped (?:up|in)|made the call|refused)\b|\b[Mm]y (?:job|task|goal|role|mandate|mission|responsibility) (?:was|became)\b/u;

/** A move the speaker made: "I" (or, weaker, "we") and a verb in the past tense. */
export const firstPersonMove =
  /\bI (?:(?:then|also|first|quickly|personally|finally|immediately|just)\s)?(?:[a-z]+ed|built|wrote|ran|led|set|sat|read|met|made|took|kept|gave|went|got|put|cut|drew|spoke|sent|found|held|brought|began|chose|split|swapped|taught|told|sold|spent|shut|rebuilt|rewrote|drove|won|did)\b/u;
export const teamMove =
  /\b[Ww]e (?:(?:then|also|all|first|quickly|basically|just)\s)?(?:[a-z]+ed|built|wrote|ran|set|made|took|kept|gave|went|got|put|cut|split|found|held|began|did)\b/u;

/** An opening that sets the scene though it says "I": "When I worked on…", "Back in 2021, I was…". */
export const sceneCue =
  /^(?:so\s)?(?:when|while|back when|back in|at the time|early in|in\s(?:19|20)\d\d|last (?:year|spring|summer|autumn|fall|winter))\b/iu;

/** What changed: a verb of change beside a figure ("fell from 3% to 0.05%", "down 83%"). */
export const changeCue = new RegExp(
  "\\b(?:fell|dropped|cut|went from|came down|rose|grew|saved|reduced|improved|increased|" +
    "decreased|halved|doubled|tripled|held flat|reached|beat|won|shipped|launched|landed|" +
    "eliminated|avoided|zero|no longer)\\b|\\b(?:down|up|from) (?:by |to |about |~)?(?:[~$€£¥]?\\d|" +
    `(?:${numberWords.split(" ").join("|")})\\b)`,
  "iu",
);

/** A result said without a figure: "By the end of the week…", "As a result…". */
export const outcomeCue =
  /^(?:by the end|in the end|as a result|the result|the outcome|ultimately)\b|\b(?:the result|as a result)\b/iu;

/** The lesson: "I learned…", "the lesson…", "next time…". */
export const lessonCue =
  /\b(?:lessons?|taught me|I learn(?:ed|t)|I realized|I realised|what I learned|learning from|the takeaway|next time|differently|in hindsight|looking back|since then|ever since)\b/iu;

/** The bridge to the company: "That's the urgency I'd bring to Stripe". */
export const bridgeCue =
  /\b(?:I'd bring|I would bring|I’d bring|I'd do the same|I’d do the same|how I'd|how I’d|that's (?:exactly )?the kind|that’s (?:exactly )?the kind|I'm looking for|I’m looking for|why I want)\b/iu;

/** Analysis sections by the part of the story they ask about (the templates' headings). */
export const sectionParts: [
  RegExp,
  "lesson" | "bridge" | "situation" | "result" | "action" | "task",
][] = [
  [/lesson|reflect|takeaway/iu, "lesson"],
  [/connection|\bfit\b|why (?:us|them|this company)/iu, "bridge"],
  [/context|background|situation|setting|overview/iu, "situation"],
  [/impact|result|outcome|application|measure|collective/iu, "result"],
  [/action|approach|strategy|enablement|communication|execution|steps|how i\b/iu, "action"],
  [
    /risk|conflict|gap|choice|challenge|problem|stakes|task|goal|decision|dilemma|selfless/iu,
    "task",
  ],
];

/** An analysis question whose answer is the lesson, whatever its section. */
export const lessonQuestion =
  /\b(?:lesson|what did you learn|what you learned|take ?away|took away|differently|would you change)\b/iu;

/** How strongly a question asks for the decision that makes the task. */
export const decisionQuestion: [RegExp, number][] = [
  [/\binstead\b/iu, 3],
  [/\bdiffer/iu, 3],
  [/\b(?:decide|decided|pick|picked|chose|choose)\b/iu, 2],
  [/\b(?:goal|own|owned|responsib|asked|task)\w*/iu, 1],
];

/** A follow-up whose answer tells the outcome. */
export const outcomeQuestion =
  /\b(?:outcome|result|impact|number|metric|success|measure|business)/iu;
