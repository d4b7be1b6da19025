import type { Value } from "../valueset/index.ts";
import type { StoryKind } from "./lexicon/concepts.ts";
import { conceptFamilies } from "./lexicon/families.ts";
import { conceptList, kindsOf } from "./lexicon/index.ts";
import {
  type Evidence,
  normalLabel,
  type Reading,
  read,
  valueFieldWeights,
  type ValueField,
} from "./read.ts";
import { contentStems, tokenize } from "./text.ts";
import { weights } from "./weights.ts";

/** What tailoring reads from one value of a set. */
export interface ValueReading extends Reading {
  valueSetId: string;
  value: Value;
  labels: Set<string>;
  kinds: Set<StoryKind>;
  /** The value's keywords as phrases of stems, found in a story word for word. */
  phrases: { text: string; stems: string[]; key: string }[];
}

const valueCache = new Map<string, ValueReading>();
const valueCacheSize = 2_000;

/**
 * A value read into concepts and content words, from its name, aliases, keywords, description
 * and typical questions. Cached by set, key and text (at most 2,000 values).
 */
export function readValue(valueSetId: string, value: Value): ValueReading {
  const key = [
    valueSetId,
    value.key,
    value.name,
    value.aliases.join("\u0001"),
    value.description,
    value.keywords.join("\u0001"),
    value.questions.join("\u0001"),
  ].join("\u0000");
  const cached = valueCache.get(key);
  if (cached) return cached.value === value ? cached : { ...cached, value };
  const parts: [ValueField, string][] = [
    ["name", value.name],
    ...value.aliases.map((alias): [ValueField, string] => ["alias", alias]),
    ...value.keywords.map((keyword): [ValueField, string] => ["keywords", keyword]),
    ["description", value.description],
    ...value.questions.map((question): [ValueField, string] => ["questions", question]),
  ];
  const reading = read(parts, (field) => valueFieldWeights[field], true);
  focus(reading.concepts);
  widen(reading.concepts);
  const strengths = new Map<number, number>();
  for (const [concept, evidence] of reading.concepts) strengths.set(concept, evidence.mass);
  const result: ValueReading = {
    ...reading,
    valueSetId,
    value,
    labels: new Set([value.name, ...value.aliases].map(normalLabel)),
    kinds: new Set(kindsOf(strengths).slice(0, 1)),
    phrases: value.keywords
      .map((text) => {
        const stems = tokenize(text).map((t) => t.stem);
        return { text, stems, key: stems.join(" ") };
      })
      .filter((phrase) => phrase.stems.length > 0),
  };
  if (valueCache.size >= valueCacheSize) valueCache.delete(valueCache.keys().next().value!);
  valueCache.set(key, result);
  return result;
}

/**
 * A value or question says what it is about in its strongest concepts; a concept it touches
 * in passing ("results" in "learn and put it to use") is dropped below this share of the
 * strongest.
 */
export const focusShare = 0.35;

function focus(concepts: Map<number, Evidence>) {
  let max = 0;
  for (const evidence of concepts.values()) max = Math.max(max, evidence.mass);
  for (const [concept, evidence] of concepts) {
    if (evidence.mass < focusShare * max) concepts.delete(concept);
  }
}

/** Per concept, the other concepts of its families (see `conceptFamilies`). */
const relatives = new Map<number, Set<number>>();
for (const family of conceptFamilies) {
  const members = family.map((id) => conceptList.findIndex((concept) => concept.id === id));
  for (const member of members) {
    const set = relatives.get(member) ?? new Set<number>();
    for (const other of members) if (other !== member) set.add(other);
    relatives.set(member, set);
  }
}

/**
 * A value's concepts also reach the other concepts of their families, at `weights.family` of
 * the strength of the strongest concept each is reached from, marked with `near`: a value about
 * cost meets a story read as efficiency. A concept the value names itself keeps its own
 * strength.
 */
function widen(concepts: Map<number, Evidence>) {
  const related = new Map<number, Evidence>();
  for (const [concept, evidence] of concepts) {
    for (const other of relatives.get(concept) ?? []) {
      if (concepts.has(other)) continue;
      const mass = evidence.mass * weights.family;
      if ((related.get(other)?.mass ?? 0) >= mass) continue;
      related.set(other, {
        ...evidence,
        mass,
        points: evidence.points * weights.family,
        near: concept,
      });
    }
  }
  for (const [concept, evidence] of related) concepts.set(concept, evidence);
}

const questionCache = new Map<string, Reading>();
const questionCacheSize = 2_000;

/** A question read as a value would be: its concepts and content words. Cached (2,000). */
export function readQuestion(question: string): Reading {
  const cached = questionCache.get(question);
  if (cached) return cached;
  const reading = readQuestionNow(question);
  if (questionCache.size >= questionCacheSize) {
    questionCache.delete(questionCache.keys().next().value!);
  }
  questionCache.set(question, reading);
  return reading;
}

function readQuestionNow(question: string): Reading {
  const reading = read([["description", question]], () => 1, true);
  focus(reading.concepts);
  for (const stem of questionNoise) reading.stems.delete(stem);
  return reading;
}

/** Words every interview question has, which say nothing about which story answers it. */
export const questionNoise = new Set(
  contentStems(
    "tell time describe example give walk talk share story stories situation project " +
      "describ asked ask something someone happened specific recent when",
  ),
);

/** Forgets every value and question reading kept (for measuring a request from scratch). */
export function clearValueReadings(): void {
  valueCache.clear();
  questionCache.clear();
}
