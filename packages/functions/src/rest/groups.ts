import type { LazyGroup } from "./lazy-routes.ts";

/**
 * The `/v1` routes, group by group in the order the API has always mounted them, each module
 * read on the first request to one of its routes (see lazy-routes.ts): a cold start reads only
 * what its first request needs, and the OpenAPI document loads them all. Each list names the
 * module's operations in its own order; a test checks them against the modules.
 */
export const v1Groups = {
  stories: {
    load: () => import("./stories.ts").then((m) => m.stories),
    routes: [
      ["POST", "/stories"],
      ["GET", "/stories"],
      ["GET", "/stories/:id"],
      ["PATCH", "/stories/:id"],
      ["DELETE", "/stories/:id"],
    ],
  },
  valueSets: {
    load: () => import("./value-sets.ts").then((m) => m.valueSets),
    routes: [
      ["GET", "/value-sets"],
      ["GET", "/value-sets/:id"],
      ["POST", "/value-sets"],
      ["POST", "/value-sets/import"],
      ["PATCH", "/value-sets/:id"],
      ["DELETE", "/value-sets/:id"],
    ],
  },
  apiKeys: {
    load: () => import("./api-keys.ts").then((m) => m.apiKeys),
    routes: [
      ["POST", "/api-keys"],
      ["GET", "/api-keys"],
      ["DELETE", "/api-keys/:id"],
    ],
  },
  targets: {
    load: () => import("./targets.ts").then((m) => m.targets),
    routes: [
      ["POST", "/targets"],
      ["GET", "/targets"],
      ["GET", "/targets/:id"],
      ["PATCH", "/targets/:id"],
      ["DELETE", "/targets/:id"],
      ["GET", "/targets/:id/tailoring"],
    ],
  },
  check: {
    load: () => import("./check.ts").then((m) => m.check),
    routes: [
      ["GET", "/stories/:id/check"],
      ["GET", "/check"],
    ],
  },
  practice: {
    load: () => import("./practice.ts").then((m) => m.practice),
    routes: [
      ["POST", "/stories/:id/practice"],
      ["GET", "/stories/:id/practice"],
    ],
  },
  cheatSheet: {
    load: () => import("./cheat-sheet.ts").then((m) => m.cheatSheet),
    routes: [["GET", "/targets/:id/cheat-sheet"]],
  },
  importExport: {
    load: () => import("./import-export.ts").then((m) => m.importExport),
    routes: [
      ["POST", "/import"],
      ["GET", "/export"],
      ["GET", "/schema/bank.json"],
    ],
  },
} satisfies Record<string, LazyGroup>;
