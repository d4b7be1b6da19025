import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { Hono } from "hono";

/** The interactive API reference at /docs: Swagger UI, served from the npm package, offline. */
export function docsPage() {
  const app = new Hono();
  const assets = new Map([
    ["swagger-ui.css", "text/css; charset=utf-8"],
    ["swagger-ui-bundle.js", "text/javascript; charset=utf-8"],
  ]);
  let dir: string | undefined;
  const assetDir = () =>
    (dir ??= join(createRequire(import.meta.url).resolve("swagger-ui-dist/package.json"), ".."));

  app.get("/docs", (c) => c.html(page));
  app.get("/docs/:asset", async (c) => {
    const name = c.req.param("asset");
    const type = assets.get(name);
    if (!type) return c.notFound();
    const body = await readFile(join(assetDir(), name));
    return c.body(body, 200, { "Content-Type": type, "Cache-Control": "public, max-age=86400" });
  });
  return app;
}

const page = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Storybank API</title>
  <link rel="stylesheet" href="/docs/swagger-ui.css">
</head>
<body>
  <div id="ui"></div>
  <script src="/docs/swagger-ui-bundle.js"></script>
  <script>
    window.ui = SwaggerUIBundle({ url: "/openapi.json", dom_id: "#ui", deepLinking: true, persistAuthorization: true, displayOperationId: true });
  </script>
</body>
</html>`;
