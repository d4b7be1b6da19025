/** Where practice entries live: under their story, so a story's log is one Query. */
import { practice, practiceOf } from "../db/keys.ts";

export const skPrefix = practice.prefix;
export const storyPrefix = practiceOf;
export const sk = practice.sk;
