import createClient, { type Client, type ClientOptions, type Middleware } from "openapi-fetch";
import type { components, operations, paths } from "./schema.ts";

export type { components, operations, paths };

type Schemas = components["schemas"];
export type Story = Schemas["Story"];
export type StoryCreate = Schemas["StoryCreate"];
export type StoryPatch = Schemas["StoryPatch"];
export type Target = Schemas["Target"];
export type TargetCreate = Schemas["TargetCreate"];
export type ValueSet = Schemas["ValueSet"];
export type Tailoring = Schemas["Tailoring"];
export type StoryCheck = Schemas["StoryCheck"];
export type Problem = Schemas["Problem"];

/** A typed client of the Storybank REST API (openapi-fetch over the generated `paths`). */
export type StorybankClient = Client<paths>;

export interface StorybankClientOptions extends Omit<ClientOptions, "baseUrl"> {
  /** The server, e.g. `http://127.0.0.1:3000` (the `/v1` paths are added by each call). */
  baseUrl: string;
  /** An API key (`sbk_…`) or a JWT, sent as `Authorization: Bearer <token>`. */
  token: string;
}

/**
 * A client for one server and credential. Every call is typed by the OpenAPI document: paths,
 * parameters, bodies, and each status's answer (`data` for 2xx, `error` — a problem — for the
 * rest).
 *
 * ```ts
 * const api = createStorybankClient({ baseUrl: "http://127.0.0.1:3000", token });
 * const { data, error } = await api.POST("/v1/stories", { body: { title: "Streaming tracking" } });
 * ```
 */
export function createStorybankClient({
  token,
  ...options
}: StorybankClientOptions): StorybankClient {
  const client = createClient<paths>(options);
  const auth: Middleware = {
    onRequest({ request }) {
      request.headers.set("Authorization", `Bearer ${token}`);
      return request;
    },
  };
  client.use(auth);
  return client;
}
