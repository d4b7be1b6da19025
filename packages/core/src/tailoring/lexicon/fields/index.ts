import type { Field } from "../concepts/define.ts";
import { aviation } from "./aviation.ts";
import { construction } from "./construction.ts";
import { consulting } from "./consulting.ts";
import { education } from "./education.ts";
import { finance } from "./finance.ts";
import { games } from "./games.ts";
import { healthcare } from "./healthcare.ts";
import { logistics } from "./logistics.ts";
import { publicSector } from "./public.ts";
import { retail } from "./retail.ts";
import { valueNames } from "./values.ts";

/**
 * How each line of work says the lexicon's concepts, beside the general cues in `concepts/`:
 * the abstract words its value lists use and the concrete acts its stories tell. Merged into
 * the concepts in this order (see `withFieldCues`).
 */
export const fields: Field[] = [
  healthcare,
  retail,
  logistics,
  finance,
  publicSector,
  aviation,
  education,
  consulting,
  games,
  construction,
  valueNames,
];
