import type { Info, Value } from "../schema.ts";

/**
 * The built-in catalog: company values as versioned, sourced data. Descriptions are paraphrased;
 * keywords are the words and phrases a story tends to use when it shows the value (they feed the
 * text matcher). Keywords are written ", "-separated and questions " | "-separated to keep the
 * data dense; both are split into arrays here. Aliases are the other names a value goes by.
 */
export const v = (
  key: string,
  name: string,
  description: string,
  keywords: string,
  questions: string,
  aliases: string[] = [],
): Value => ({
  key,
  name,
  aliases,
  description,
  keywords: keywords.split(", "),
  questions: questions.split(" | "),
});

export const set = (
  id: string,
  company: string,
  name: string,
  asOf: string,
  source: string,
  values: Value[],
): Info => ({
  id,
  company,
  name,
  asOf,
  source,
  builtIn: true,
  version: 1,
  createdAt: `${asOf}T00:00:00.000Z`,
  updatedAt: `${asOf}T00:00:00.000Z`,
  values,
});
