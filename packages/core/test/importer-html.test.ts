import { readdirSync, readFileSync } from "node:fs";
import { AppError } from "@storybank/core/error";
import { htmlToMarkdown, isHtml, readMarkdown } from "@storybank/core/importer";
import { builtIns } from "@storybank/core/valueset";
import { describe, expect, it } from "vitest";
import { unaccountedLines } from "./support/line-accounting.ts";

/**
 * Story documents saved as HTML (import-fixtures/html): a Google Docs "Download as HTML", a blog
 * post page, a Notion export with toggles, a page laid out with tables, an e-mail body. Each is
 * read as the Markdown it means, and must import as that Markdown does.
 */
const folder = new URL("./import-fixtures/html/", import.meta.url);
const source = (name: string) => readFileSync(new URL(name, folder), "utf8");
const read = (name: string) => readMarkdown(source(name), builtIns);
const inputs = (name: string) => read(name).stories.map((s) => s.input);

/** Every string the stories store, a line each, for checking that no markup leaked into a field. */
const stored = (name: string) => strings(inputs(name)).join("\n");
const strings = (value: unknown): string[] =>
  typeof value === "string"
    ? [value]
    : value && typeof value === "object"
      ? Object.values(value).flatMap(strings)
      : [];

/** The 1-based line of the HTML source that holds `text`. */
const lineOf = (name: string, text: string) =>
  source(name)
    .split("\n")
    .findIndex((line) => line.includes(text)) + 1;

/**
 * The Markdown without what is structure rather than text: bold or italic labels
 * ("**Lessons Learned:**", "*Questions it answers:*") and link targets (a link keeps its text).
 */
const withoutLabels = (markdown: string) =>
  markdown.replace(/^(\*{1,2})[^*\n]+:\1/gm, "").replace(/\]\([^)\s]*\)/g, "]");

const fixtures = [
  "google-docs-export.html",
  "blog-post.html",
  "notion-export.html",
  "table-page.html",
  "email-body.html",
];

describe("HTML story documents", () => {
  it.each(fixtures)(
    "%s is read as HTML, as the Markdown it converts to, losing no line",
    (name) => {
      const html = source(name);
      expect(isHtml(html)).toBe(true);
      const { markdown } = htmlToMarkdown(html);
      expect(isHtml(markdown)).toBe(false);
      const asMarkdown = readMarkdown(markdown, builtIns);
      const asHtml = read(name);
      expect(asHtml.stories.map((s) => s.input)).toEqual(asMarkdown.stories.map((s) => s.input));
      expect(unaccountedLines(withoutLabels(markdown), asMarkdown)).toEqual([]);
      // The notice comes first; the other warnings are the Markdown's.
      expect(asHtml.warnings[0]!.message).toMatch(/^The document was read as HTML/);
      expect(asHtml.warnings.slice(1).map((w) => w.message)).toEqual(
        asMarkdown.warnings.map((w) => w.message),
      );
      // No tag, style or script text in any field.
      expect(stored(name)).not.toMatch(/<\/?[a-z]+[\s>]|font-weight|\{|gtag|&nbsp;|&amp;/i);
    },
  );

  it("Google Docs: CSS-class bold labels, split spans, inline-style bold, lists", () => {
    const [invoice, partner] = inputs("google-docs-export.html");
    expect(inputs("google-docs-export.html")).toHaveLength(2);
    expect(invoice).toMatchObject({
      title: "Rebuilding the Invoice Pipeline",
      context: { company: "Halden Logistics" },
      situation:
        "At Halden Logistics the invoice pipeline failed twice a week and finance re-keyed orders by hand.",
      task: "I was asked to make invoicing reliable before the audit in June.",
      actions: [
        {
          points: [
            "Mapped every failure from the last quarter and found three root causes.",
            "Replaced the nightly batch with an idempotent queue consumer.",
            "Wrote a runbook and trained two colleagues on it.",
          ],
        },
      ],
      results: [{ points: ["Zero failed runs for five months; finance saved nine hours a week."] }],
      questions: [
        "Tell me about a time you fixed a process nobody owned.",
        "Describe a time you improved reliability.",
      ],
    });
    // "Sit" + "uation:" in two bold spans is one label; "font-weight:700" inline is bold too.
    expect(partner).toMatchObject({
      title: "Winning Over a Skeptical Partner Team",
      situation: "The payments team at Halden refused to adopt our shared event schema.",
      task: "I needed their buy-in within one planning cycle.",
      lessons: "Listen before you propose.",
    });
    expect(partner?.results?.[0]?.points[0]).toContain("co-owned it");
    // Google Docs writes its body on one line: the report counts lines of the Markdown.
    const { warnings } = read("google-docs-export.html");
    expect(warnings[0]!.message).toContain("line numbers count lines of that Markdown");
    expect(warnings[0]!.message).toContain("styles");
    // The title and the note under it are reported, not stored.
    expect(
      warnings
        .slice(1)
        .map((w) => w.excerpt)
        .join(" "),
    ).toContain("Priya Raman");
  });

  it("blog post: the article alone, without navigation, sidebar, footer or scripts", () => {
    const stories = inputs("blog-post.html");
    expect(stories.map((s) => s.title)).toEqual([
      "The Friday deploy freeze",
      "Disagreeing with my director",
      "Mentoring a struggling new hire",
    ]);
    const [freeze, director, mentoring] = stories;
    expect(freeze?.actions?.[0]?.points).toHaveLength(3);
    expect(freeze?.questions).toEqual([
      "Tell me about a time you changed a team process.",
      "Give an example of a data-driven decision.",
    ]);
    // Labels on the lines of one paragraph, kept apart by <br>.
    expect(director).toMatchObject({
      situation: "My director wanted to rewrite the search service in Go during peak season.",
      task: "I believed the risk was too high and had to say so without stalling the team.",
      results: [
        {
          points: [
            "We shipped the first endpoint in three weeks with no incidents, and the full rewrite moved to Q1.",
          ],
        },
      ],
    });
    expect(director?.notes).toContain("name the disagreement early");
    expect(mentoring?.lessons).toBe(
      "Smaller tickets build confidence faster than more documentation.",
    );
    const all = stored("blog-post.html") + JSON.stringify(read("blog-post.html").warnings);
    for (const furniture of ["Related posts", "RSS", "Share this post", "About", "dataLayer"]) {
      expect(all).not.toContain(furniture);
    }
    expect(read("blog-post.html").warnings[0]!.message).toMatch(
      /line numbers are those of the HTML file\. Left out: the page's .*scripts.*navigation.*text around its <article>/,
    );
  });

  it("blog post: the line map points at the lines of the HTML file", () => {
    const name = "blog-post.html";
    const lines = source(name).split("\n");
    const { stories, warnings } = read(name);
    expect(stories.map((s) => s.line)).toEqual([
      lineOf(name, "Story 1: The Friday"),
      lineOf(name, "Story 2: Disagreeing"),
      lineOf(name, "Story 3: Mentoring"),
    ]);
    const labels: Record<string, string> = {
      situation: "Situation:",
      task: "Task:",
      actions: "Action:",
      results: "Result:",
      lessons: "Lessons Learned:",
      questions: "Questions it answers",
      notes: "Tip:",
    };
    let checked = 0;
    for (const story of stories) {
      for (const span of story.lines) {
        const text = lines.slice(span.from - 1, span.to).join("\n");
        if (span.field === "title") expect(text).toContain(story.input.title);
        else expect(text).toContain(labels[span.field]);
        checked += 1;
      }
    }
    expect(checked).toBe(18);
    // The actions run over the <ol>'s items, the text outside a story is where it is.
    const freeze = stories[0]!.lines.find((span) => span.field === "actions")!;
    expect(freeze.to).toBe(lineOf(name, "I automated the canary checks"));
    expect(warnings.find((w) => w.excerpt.startsWith("Posted on"))?.line).toBe(
      lineOf(name, "Posted on"),
    );
  });

  it("Notion export: toggles are stories, the question map links them, callouts are reported", () => {
    const stories = inputs("notion-export.html");
    expect(stories.map((s) => s.title)).toEqual([
      "Saving the Lumen Health launch",
      "Rewriting the onboarding emails",
      "Shipping the offline mode in two sprints",
    ]);
    const [lumen, emails, offline] = stories;
    expect(lumen).toMatchObject({
      task: "I owned the reminder service and had to fix it without delaying the launch.",
      actions: [
        {
          points: [
            "Called the clinic manager to learn which patients were affected.",
            "Stored each clinic's time zone and back-filled 4,200 appointments.",
          ],
        },
      ],
      questions: ["Tell me about a time you went above and beyond for a customer."],
    });
    expect(lumen?.values?.map((v) => v.valueKey)).toEqual(["customer-obsession"]);
    expect(emails?.notes).toBe("Use carefully: only for customer-facing roles.");
    expect(offline?.values?.map((v) => v.valueKey)).toEqual(["bias-for-action"]);
    expect(offline?.questions).toEqual([
      "Tell me about a time you acted with incomplete information.",
    ]);
    const { warnings } = read("notion-export.html");
    expect(warnings.some((w) => w.excerpt.includes("Keep each answer under two minutes"))).toBe(
      true,
    );
    expect(warnings[0]!.message).not.toContain("text around");
  });

  it("table page: layout tables are unwrapped, the story matrix and field table are read", () => {
    const name = "table-page.html";
    const stories = inputs(name);
    expect(stories.map((s) => s.title)).toEqual([
      "Cutting cloud spend",
      "Recovering a missed deadline",
      "Resolving a design dispute",
    ]);
    const [cloud, deadline, dispute] = stories;
    expect(cloud).toMatchObject({
      situation: "Our AWS bill at Ferrous Analytics grew 40% in two quarters.",
      actions: [
        { points: ["Tagged every resource by owner.", "Moved batch jobs to spot instances."] },
      ],
      results: [{ points: ["Spend fell 28% in eight weeks."] }],
    });
    expect(deadline?.actions?.[0]?.points).toEqual([
      "Split the work into three slices",
      "Shipped the read path first",
      "Negotiated a one-week grace period for writes",
    ]);
    expect(dispute).toMatchObject({
      situation: "Two senior engineers disagreed on event sourcing for the orders service.",
      task: "Get to a decision the team would commit to.",
      actions: [
        {
          points: [
            "Ran a one-hour design review with written pros and cons.",
            "Built a two-day spike of each option.",
          ],
        },
      ],
    });
    // Each matrix row's story points at its row of the HTML file.
    const { stories: read_ } = read(name);
    expect(read_[0]!.line).toBe(lineOf(name, "<td>Cutting cloud spend</td>") - 1);
    expect(read_[1]!.line).toBe(lineOf(name, "<td>Recovering a missed deadline</td>") - 1);
    expect(read_[2]!.line).toBe(lineOf(name, "<h2>Resolving a design dispute</h2>"));
  });

  it("e-mail body: a fragment of <div>s with <br> spacers", () => {
    const [story] = inputs("email-body.html");
    expect(inputs("email-body.html")).toHaveLength(1);
    expect(story).toMatchObject({
      title: "Splitting the monolith release",
      situation:
        "Our mobile and web teams shipped from one repository and blocked each other every release.",
      task: "I had to propose a way to release independently.",
    });
    expect(story?.results?.[0]?.points[0]).toBe(
      "Web now ships daily and mobile weekly, with no shared freezes.",
    );
  });
});

describe("telling HTML from Markdown", () => {
  it("reads no Markdown fixture as HTML, <details> blocks and HTML snippets included", () => {
    const dirs = ["", "wild/", "blind/"];
    const names = dirs.flatMap((dir) =>
      readdirSync(new URL(`./import-fixtures/${dir}`, import.meta.url))
        .filter((name) => name.endsWith(".md"))
        .map((name) => `${dir}${name}`),
    );
    expect(names.length).toBeGreaterThanOrEqual(100);
    const html = names.filter((name) =>
      isHtml(readFileSync(new URL(`./import-fixtures/${name}`, import.meta.url), "utf8")),
    );
    // A portfolio site's and an Evernote HTML export saved as ".md" by their writers: HTML
    // whatever their names say.
    expect(html).toEqual([
      "blind/642-html-export-social-work.md",
      "blind/835-evernote-html-lowercase-labels.md",
    ]);
  });

  it.each([
    ["a doctype", "<!DOCTYPE html><p>x</p>", true],
    ["an <html> tag after a comment", "<!-- saved from url -->\n<html><body>x</body></html>", true],
    ["a fragment of block tags", "<h2>Story</h2>\n<p><b>Situation:</b> x</p>\n<p>y</p>", true],
    [
      "a README with a centred logo",
      '<p align="center"><img src="logo.png"></p>\n\n# Stories\n\n## One\n\n- **Situation:** x\n- **Task:** y\n',
      false,
    ],
    [
      "Markdown with a <details> block",
      "<details>\n<summary>A</summary>\n\n**Situation:** x\n\n</details>\n",
      false,
    ],
    ["plain text", "Situation: we had a problem.\nTask: fix it.", false],
  ])("%s", (_, text, expected) => {
    expect(isHtml(text)).toBe(expected);
  });
});

describe("HTML that is broken or hostile", () => {
  it("imports what malformed markup holds", () => {
    const { stories, warnings } = readMarkdown(
      "<!DOCTYPE html><html><body><h2>Alpha story<p><strong>Situation: it <em>was bad<p><strong>Action:</strong> I fixed it</td></table>",
      builtIns,
    );
    expect(stories.map((s) => s.input.title)).toEqual(["Alpha story"]);
    expect(JSON.stringify(stories[0]!.input)).toContain("I fixed it");
    expect(warnings[0]!.message).toMatch(/^The document was read as HTML/);
  });

  it("refuses nesting deeper than its bound with a 400, not a crash", () => {
    const deep = `<!doctype html><body>${"<div>".repeat(5000)}<p>x</p>`;
    let error: unknown;
    try {
      readMarkdown(deep, builtIns);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).kind).toBe("validation");
    expect((error as AppError).errors[0]!.message).toMatch(/nested in one another/);
    // 199 levels are read.
    const [story] = readMarkdown(
      `<!doctype html><body>${"<div>".repeat(199)}<h2>Deep</h2><p><b>Situation:</b> x</p>`,
      builtIns,
    ).stories;
    expect(story?.input).toMatchObject({ title: "Deep", situation: "x" });
  });

  it("a page with scripts and styles only is an empty document (400)", () => {
    expect(() =>
      readMarkdown(
        "<!doctype html><head><style>p{}</style></head><body><script>x()</script>",
        builtIns,
      ),
    ).toThrow(/empty/);
  });

  it("script text that looks like tags neither nests nor shows", () => {
    const page = `<!doctype html><head><script>${"if (a<b) s = '<div>';".repeat(500)}</script></head><body><h2>S</h2><p><b>Situation:</b> x</p>`;
    const [story] = readMarkdown(page, builtIns).stories;
    expect(story?.input).toMatchObject({ title: "S", situation: "x" });
  });

  it("reads shapes that would make a backtracking pattern run for ever", () => {
    // A run of comments with no <html> after it: Markdown, not HTML.
    expect(isHtml(`${"<!---->".repeat(20000)}x`)).toBe(false);
    // Thousands of "<a" with no ">" anywhere: no tag, nothing nested.
    expect(htmlToMarkdown(`<!doctype html><body>${"<a".repeat(100000)}`).markdown.trim()).toBe("");
    // A style sheet without braces, then one with thousands of rules.
    const styled = htmlToMarkdown(
      `<!doctype html><head><style>${"a".repeat(300000)}</style><style>${".b{font-weight:700}".repeat(20000)}</style></head><body><p class="b">Situation:</p>`,
    );
    expect(styled.markdown).toBe("**Situation:**\n");
  });
});
