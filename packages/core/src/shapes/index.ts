/**
 * The request and response shapes (zod) of tailoring, the story check and the cheat sheet,
 * without the engines behind them: what an API declares when it starts. Importing the engines
 * (`@storybank/core/tailoring`, `/check`, `/cheatsheet`) also loads the competency lexicon
 * (about 370 KB of cue phrases and the tables built from them), which a request that does not
 * tailor never needs.
 */
export * as Tailoring from "../tailoring/schema.ts";
export * as Check from "../check/schema.ts";
export * as Sheet from "../cheatsheet/schema.ts";
