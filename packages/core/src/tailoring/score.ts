import type { Info as Story } from "../story/index.ts";
import type { Info as ValueSet, Value } from "../valueset/index.ts";
import { fieldsOf, find, type Hit, type StoryIndex, weightOf, wordsOf } from "./index-story.ts";
import type { StoryMatch } from "./schema.ts";
import { contentStems, phraseStems } from "./text.ts";

/** What a value is matched by: its keywords, its name, and the words of its description. */
interface Term {
  stems: string[];
  /** The stems joined, the term's identity. */
  key: string;
  /** As the value writes it, for the reason. */
  text: string;
  source: "keyword" | "name" | "description";
  weight: number;
  /** A single word of the name or description: corroborates, never matches alone. */
  soft: boolean;
}

export interface ValueTerms {
  valueSetId: string;
  value: Value;
  terms: Term[];
  /** The words a story's kind is held against: the name's and the one-word keywords. */
  kindStems: string[];
}

/** How much each kind of evidence counts; a keyword is a unit. */
export const weights = {
  link: 10,
  keyword: 1,
  nameWhole: 1.5,
  nameWord: 0.5,
  descriptionWord: 0.2,
  kind: 0.75,
  /**
   * Single words of a name or description corroborate but never make a match alone: together
   * they count at most this much.
   */
  softCap: 1,
  /** Each further field a term shows up in adds this share, up to three fields more. */
  spread: 0.15,
} as const;

/** Words of value names and descriptions too common to show a value by themselves. */
const generic = new Set(
  [
    "work",
    "time",
    "first",
    "way",
    "thing",
    "people",
    "well",
    "good",
    "great",
    "best",
    "new",
    "right",
    "long",
    "make",
    "take",
    "keep",
    "move",
    "always",
    "never",
    "often",
    "whole",
    "own",
    "rather",
    "others",
    "every",
    "even",
    "sure",
    "see",
    "help",
  ].map((w) => contentStems(w)[0] ?? w),
);

/** The terms of one value, each phrase once at its highest weight. */
export function valueTerms(valueSetId: string, value: Value): ValueTerms {
  const byKey = new Map<string, Term>();
  const add = (term: Omit<Term, "key">) => {
    if (term.stems.length === 0) return;
    const key = term.stems.join(" ");
    const seen = byKey.get(key);
    if (!seen || seen.weight < term.weight) byKey.set(key, { ...term, key });
  };
  const word = (stem: string, text: string, source: Term["source"], weight: number) => {
    if (!generic.has(stem)) add({ stems: [stem], text, source, weight, soft: true });
  };
  for (const stem of contentStems(value.description)) {
    word(stem, stem, "description", weights.descriptionWord);
  }
  for (const stem of contentStems(value.name)) word(stem, value.name, "name", weights.nameWord);
  const name = phraseStems(value.name);
  add({ stems: name, text: value.name, source: "name", weight: weights.nameWhole, soft: false });
  for (const keyword of value.keywords) {
    const stems = phraseStems(keyword);
    add({ stems, text: keyword, source: "keyword", weight: weights.keyword, soft: false });
  }
  const kindStems = [
    ...phraseStems(value.name),
    ...value.keywords.map(phraseStems).flatMap((stems) => (stems.length === 1 ? stems : [])),
  ];
  return { valueSetId, value, terms: [...byKey.values()], kindStems };
}

export function valuesOf(sets: ValueSet[]): ValueTerms[] {
  return sets.flatMap((set) => set.values.map((value) => valueTerms(set.id, value)));
}

/** The values a story's kind speaks to, as words a value's name or keywords would carry. */
const kindWords: Record<Story["kind"], string> = {
  achievement: "delivered results shipped launched impact achievement outcome",
  architecture: "design architecture system technical scale simplify",
  leadership: "lead leadership influenced aligned mentored ownership",
  influence: "influenced persuaded convinced aligned stakeholders",
  conflict: "disagreed conflict challenged backbone debate feedback",
  failure: "failed failure mistake setback resilient recovered lessons",
  risk: "risk urgency bold courage action resilient",
  learning: "learned curious curiosity studied growth mindset",
  team: "team hiring mentored colleagues inclusive credit selfless",
  other: "",
};
const kindStems = Object.fromEntries(
  Object.entries(kindWords).map(([kind, words]) => [kind, new Set(phraseStems(words))]),
) as Record<Story["kind"], Set<string>>;

export type Match = StoryMatch;

/** A score with what earned it, explained only when someone reads it. */
export interface Rating {
  index: StoryIndex;
  value: ValueTerms;
  score: number;
  linked: boolean;
  kind: boolean;
  /** Only ratings that pass a threshold get explained, so evidence stays as found. */
  evidence: { points: number; term: Term; hit: Hit }[];
}

const round = (n: number) => Math.round(n * 100) / 100;

/** Reasons kept per match, strongest first: enough to explain, short enough to read. */
const maxReasons = 6;

/**
 * One story against one value: an explicit link first, then the text evidence (each term once,
 * at the strongest field it occurs in), then the story's kind.
 */
export function rate(index: StoryIndex, value: ValueTerms): Rating {
  const { story } = index;
  let score = 0;
  const linked = story.values.some(
    (link) => link.valueSetId === value.valueSetId && link.valueKey === value.value.key,
  );
  if (linked) score += weights.link;
  const evidence: Rating["evidence"] = [];
  let soft = 0;
  for (const term of value.terms) {
    const hit = find(index, term.stems, term.key);
    if (!hit) continue;
    const { weight, fields } = weightOf(index, hit);
    let points = term.weight * weight * (1 + weights.spread * Math.min(fields - 1, 3));
    if (term.soft) {
      points = Math.min(points, weights.softCap - soft);
      soft += points;
      if (points <= 0) continue;
    }
    score += points;
    evidence.push({ points, term, hit });
  }
  const kind = value.kindStems.some((stem) => kindStems[story.kind].has(stem));
  if (kind) score += weights.kind;
  return { index, value, score: round(score), linked, kind, evidence };
}

/** A rating as the API shows it: every part that counts says why. */
export function explain({ index, value, score, linked, kind, evidence }: Rating): Match {
  const reasons: string[] = [];
  if (linked) reasons.push(`linked to ${value.valueSetId}/${value.value.key}`);
  const strongest = [...evidence].sort((a, b) => b.points - a.points).slice(0, maxReasons);
  for (const { term, hit } of strongest) {
    reasons.push(describe(term, wordsOf(index, hit), fieldsOf(hit).join(", ")));
  }
  if (kind) reasons.push(`kind "${index.story.kind}" fits ${value.value.name}`);
  return { storyId: index.story.id, score, reasons, weak: false };
}

/** One story against one value, explained. */
export const scoreOne = (index: StoryIndex, value: ValueTerms): Match =>
  explain(rate(index, value));

function describe(term: Term, words: string, where: string): string {
  const as = term.source === "description" ? `"${words}"` : `"${term.text}"`;
  const said = words.toLowerCase() === term.text.toLowerCase() ? "" : ` as "${words}"`;
  return term.source === "description"
    ? `description word ${as} in ${where}`
    : `${term.source} ${as}${said} in ${where}`;
}
