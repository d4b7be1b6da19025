/** @jsxImportSource hono/jsx */
import type { PropsWithChildren } from "hono/jsx";
import { assetVersion } from "./assets.ts";

/** The pages of the app's navigation, by key. */
const nav = [
  { key: "stories", href: "/app/stories", label: "Stories" },
  { key: "import", href: "/app/import", label: "Import" },
  { key: "targets", href: "/app/targets", label: "Targets" },
  { key: "practice", href: "/app/practice", label: "Practice" },
  { key: "settings", href: "/app/settings", label: "Settings" },
] as const;

export type NavKey = (typeof nav)[number]["key"];

/** A message at the top of a page: `error` is announced at once, the others politely. */
export interface Flash {
  kind: "error" | "success" | "info";
  title: string;
  lines?: string[];
}

export interface LayoutProps {
  /** The page's title (the tab shows "<title> · Storybank"). */
  title: string;
  /** The navigation entry to mark as current. */
  active?: NavKey;
  /** The signed-in user's name, shown beside the navigation; none on the sign-in page. */
  userName?: string;
  flash?: Flash | undefined;
}

/** One message box; `role=alert` for errors so a screen reader reads it on arrival. */
export function FlashBox({ flash }: { flash: Flash }) {
  return (
    <div
      class={`flash flash-${flash.kind}`}
      role={flash.kind === "error" ? "alert" : "status"}
      tabindex={-1}
      data-flash
    >
      <p class="flash-title">{flash.title}</p>
      {flash.lines && flash.lines.length === 1 ? <p class="flash-line">{flash.lines[0]}</p> : null}
      {flash.lines && flash.lines.length > 1 ? (
        <ul>
          {flash.lines.map((line) => (
            <li>{line}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/**
 * The page frame every web page uses: skip link, header with the navigation, a live region for
 * network errors, the flash message, and the page's own content in `<main>`. Everything it
 * loads (one stylesheet, one script) is served by Storybank under /app/assets.
 */
export function Layout({
  title,
  active,
  userName,
  flash,
  children,
}: PropsWithChildren<LayoutProps>) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · Storybank`}</title>
        <link rel="stylesheet" href={`/app/assets/app.css?v=${assetVersion}`} />
        <script src={`/app/assets/app.js?v=${assetVersion}`} defer></script>
      </head>
      <body>
        <a class="skip" href="#main">
          Skip to content
        </a>
        <header class="top">
          <a class="brand" href="/app/stories">
            Storybank
          </a>
          <nav aria-label="Main">
            <ul>
              {nav.map((item) => (
                <li>
                  <a href={item.href} aria-current={item.key === active ? "page" : undefined}>
                    {item.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          {userName ? <span class="user">{userName}</span> : null}
        </header>
        <main id="main" tabindex={-1}>
          <div id="live" class="live" aria-live="assertive"></div>
          {flash ? <FlashBox flash={flash} /> : null}
          {children}
        </main>
      </body>
    </html>
  );
}
