/** Where targets live in their owner's partition. */
import { target } from "../db/keys.ts";

export const skPrefix = target.prefix;
export const sk = target.sk;
