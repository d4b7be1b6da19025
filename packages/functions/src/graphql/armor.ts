import { EnvelopArmorPlugin } from "@escape.tech/graphql-armor";

/**
 * Static limits on every operation, checked before anything runs. The values admit every query
 * a client needs (a page of 100 stories with every field, a target with its told stories and
 * value sets) and refuse the shapes that only multiply work. The numbers are never shown to a
 * client (`exposeLimits: false`); a refusal is an HTTP 200 carrying a BAD_USER_INPUT error.
 */
export const limits = {
  /**
   * Field nesting. A page of stories with their links' value sets and values is 6 levels; a
   * target's told stories with their links' value sets, 7. The schema has no cycles, and its
   * deepest path (a told story's value set's values' fields) is 8.
   */
  maxDepth: 7,
  /** Aliased fields per operation: a few stories or targets side by side. */
  maxAliases: 10,
  /** Lexical tokens in the document: a page of stories with every field is about 90. */
  maxTokens: 2_000,
  /**
   * Cost as graphql-armor counts it: a scalar 1, an object 2, ×1.5 per level, × a literal
   * `first`. A page of 100 stories with every field is about 18,000; two of them are refused.
   * A `first` given as a variable counts 1, so such queries are bounded by the aliases and
   * core's page limit (100) instead.
   */
  maxCost: 20_000,
  /** `@include`/`@skip` per operation. */
  maxDirectives: 20,
} as const;

export const armorMessages = {
  depth: "The query is nested too deeply.",
  aliases: "The query has too many aliases.",
  tokens: "The query is too long.",
  cost: "The query is too costly.",
  directives: "The query has too many directives.",
} as const;

export function armor({ suggestions }: { suggestions: boolean }) {
  const config: Parameters<typeof EnvelopArmorPlugin>[0] = {
    maxDepth: {
      n: limits.maxDepth,
      flattenFragments: true,
      exposeLimits: false,
      errorMessage: armorMessages.depth,
    },
    maxAliases: { n: limits.maxAliases, exposeLimits: false, errorMessage: armorMessages.aliases },
    maxTokens: { n: limits.maxTokens, exposeLimits: false, errorMessage: armorMessages.tokens },
    costLimit: { maxCost: limits.maxCost, exposeLimits: false, errorMessage: armorMessages.cost },
    maxDirectives: {
      n: limits.maxDirectives,
      exposeLimits: false,
      errorMessage: armorMessages.directives,
    },
    // "Did you mean …?" would spell out the schema that introspection keeps hidden.
    blockFieldSuggestion: { enabled: !suggestions },
  };
  return EnvelopArmorPlugin(config);
}
