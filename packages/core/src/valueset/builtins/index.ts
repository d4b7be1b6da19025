import type { Info } from "../schema.ts";
import { amazon } from "./amazon.ts";
import { google, meta, microsoft } from "./big-tech.ts";
import { netflix } from "./netflix.ts";
import { staffPlus } from "./staff-plus.ts";
import { stripe } from "./stripe.ts";

/** The built-in catalog, in the order lists show it. */
export const builtIns: Info[] = [amazon, netflix, staffPlus, stripe, google, meta, microsoft];
