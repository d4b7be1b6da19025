import type { Context, Handler, MiddlewareHandler, Next } from "hono";
import type { AppEnv } from "./env.ts";
import type { router } from "./router.ts";

type Router = ReturnType<typeof router>;

/** An HTTP method as Hono names a route's: upper case. */
export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/**
 * A group of `/v1` routes whose module is read only when one of its routes is first asked for:
 * `routes` lists each operation's method and Hono path (`/stories/:id`) in the order the module
 * declares them, so that the app routes, answers 405 and documents them before loading it.
 */
export interface LazyGroup {
  /** The router the module exports, e.g. `() => import("./targets.ts").then((m) => m.targets)`. */
  load: () => Promise<Router>;
  routes: readonly (readonly [Method, string])[];
}

const loaded = new WeakMap<LazyGroup, Promise<Router>>();

/** The group's router, its module read once (again after a failed read). */
export function loadGroup(group: LazyGroup): Promise<Router> {
  let router = loaded.get(group);
  if (!router) {
    router = group.load();
    loaded.set(group, router);
    router.catch(() => loaded.delete(group));
  }
  return router;
}

/**
 * Registers each route of `group` on `target` with a handler that reads the group's module on
 * first use, then runs the route's own validators and handler, as the module declared them, on
 * the same request context: the route pattern, path parameters, variables, headers already set
 * and errors (to the app's `onError`) are those of a route registered directly.
 */
export function mountLazy(target: Router, group: LazyGroup): void {
  for (const [method, path] of group.routes) {
    let chain: Handler<AppEnv>[] | undefined;
    target.on(method, path, async (c: Context<AppEnv>, next: Next) => {
      chain ??= handlersOf(await loadGroup(group), method, path);
      return run(chain, c, next);
    });
  }
}

/** The validators and handler the module registered for `method` and `path`, in order. */
function handlersOf(router: Router, method: Method, path: string): Handler<AppEnv>[] {
  const chain = router.routes
    .filter((route) => route.method === method && route.path === path)
    .map((route) => route.handler as Handler<AppEnv>);
  if (chain.length === 0) throw new Error(`The lazy route ${method} ${path} is not in its module.`);
  return chain;
}

/**
 * Runs `chain` as Hono runs a route's handlers (hono/compose): each may call `next` for the
 * following one, and what a handler returns becomes the response unless one is already final.
 */
async function run(chain: Handler<AppEnv>[], c: Context<AppEnv>, last: Next): Promise<Response> {
  let index = -1;
  const dispatch = async (i: number): Promise<void> => {
    if (i <= index) throw new Error("next() called multiple times");
    index = i;
    const handler = chain[i] as MiddlewareHandler<AppEnv> | undefined;
    if (!handler) {
      await last();
      return;
    }
    const res = await handler(c, () => dispatch(i + 1));
    if (res && !c.finalized) c.res = res as Response;
  };
  await dispatch(0);
  return c.res;
}
