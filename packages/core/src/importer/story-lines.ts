import type { Heading, Paragraph, PhrasingContent, RootContent } from "mdast";
import { endsWithAbbreviation } from "../telling/sentences.ts";
import { isCountOnlyHeading } from "./draft.ts";
import { classify } from "./labels.ts";
import { inlineText, lineOf, splitLabel, splitLines, tidy } from "./markdown.ts";
import type { StoryHeadingData } from "./normalize.ts";
import { labelParagraph } from "./story-heading.ts";

/**
 * "Story: Title", "**Story 2:** Title", "**Story B — Title**", "Case 1 - Title", a thread's "1/ 🔥 STORY #1: Title" or a résumé's
 * "**Bullet:** Cut AWS spend 31%…" or a bullet journal's "★ Title" on a line of its own: a story
 * starts there.
 */
const storyLine =
  /^(?:\d{1,2}\/\d{0,2}\s+)?(?:[✓✔☐☑✗✘]\uFE0F?\s*|\[[ xX]\]\s*)?(?:[\p{Extended_Pictographic}\uFE0F\u200D]+\s*)?(?:\*\*|__)?(?:story|(?:r[ée]sum[ée] |cv )?bullet|(?:case|example|scenario)(?=\s*#?\s*\d|\s+[–—]\s|:\s*[^\s:][^.?!:]*$))\s*#?\s*(?:\d+|([A-Z])\b)?\s*(?:\*\*|__)?\s*(?:::?|[.\-–—])\s*(?:\*\*|__)?\s*(\S.*)$/iu;

/** The title a story line names, or undefined for a line that is none. */
export function storyLineTitle(line: string): string | undefined {
  // "STORY 1" on a line of its own, its title on a "Working title:" line under it.
  if (isCountOnlyHeading(line.replace(/\*\*|__/g, ""))) return line.replace(/\*\*|__/g, "").trim();
  // "★ The cold-store power cut (Northgate Foods, 2020)": a bullet journal's story mark.
  const match = storyLine.exec(line.trim()) ?? /^[★⭐]\uFE0F?\s*([^:\s][^:]*)$/u.exec(line.trim());
  if (!match) return undefined;
  const named = match.length > 2 ? match[2]! : match[1]!;
  const title = named.replace(/\*\*|__/g, "").trim();
  // "(Mercer & Vale Insurance, HR Business Partner, 2021)" after it says where, not what.
  const words = title.replace(/\s*\([^()]*\)$/, "").split(/\s+/).length;
  // A title, not a narrative: short and not a finished sentence followed by more.
  // ("vs." and "Dr." end no sentence.)
  const sentences = title.split(/(?<=[.!?])\s+(?=\S)/);
  const finished = sentences.slice(0, -1).some((sentence) => !endsWithAbbreviation(sentence));
  if (words > 14 || finished || title.length > 200) return undefined;
  // "Story B — Title": the letter stays, so a map's "B" names the story.
  const letter = match.length > 2 ? match[1] : undefined;
  return letter ? `Story ${letter.toUpperCase()} — ${title}` : title;
}

/** A line that is only a link ("[Story 1 - Payments outage](#story-1)"): a contents entry. */
const isLinkLine = (line: PhrasingContent[]) => {
  const parts = line.filter((node) => !(node.type === "text" && node.value.trim() === ""));
  return parts.length > 0 && parts.every((node) => node.type === "link");
};

/**
 * A paragraph's "Story: Title" lines as story headings (`data.synthetic: "story-line"`), each
 * followed by the text under it; a paragraph without one comes back as it was.
 */
export function storyLines(paragraph: Paragraph): RootContent[] {
  // "**Story: Getting sales to adopt forecasting (Keswick\nManufacturing, 2022)**": one bold
  // story line that a word processor wrapped.
  const whole = tidy(inlineText(paragraph.children));
  const wrapped =
    paragraph.children.length === 1 &&
    paragraph.children[0]!.type === "strong" &&
    whole.includes("\n")
      ? storyLineTitle(whole.replace(/\s*\n\s*/g, " "))
      : undefined;
  if (wrapped !== undefined && !isCountOnlyHeading(wrapped)) {
    return [
      {
        type: "heading",
        depth: 6,
        children: [{ type: "text", value: wrapped }],
        position: paragraph.position,
        data: { synthetic: "story-line" } as StoryHeadingData,
      },
    ];
  }
  const parts = splitLines(
    paragraph,
    (line) => !isLinkLine(line) && storyLineTitle(tidy(inlineText(line))) !== undefined,
  );
  return parts.flatMap((part): RootContent[] => {
    const [first, ...rest] = tidy(inlineText(part.children)).split("\n");
    const title = isLinkLine(splitLines(part, () => true)[0]!.children)
      ? undefined
      : storyLineTitle(first!);
    if (title === undefined) return [part];
    const heading: Heading = {
      type: "heading",
      depth: 6,
      children: [{ type: "text", value: title }],
      position: { start: part.position!.start, end: part.position!.start },
      data: { synthetic: "story-line" } as StoryHeadingData,
    };
    if (rest.length === 0) return [heading];
    const start = lineOf(part) + 1;
    const body = splitLines(part, () => true).slice(1);
    const merged: Paragraph = {
      type: "paragraph",
      children: body.flatMap((p, i) =>
        i === 0 ? p.children : [{ type: "text" as const, value: "\n" }, ...p.children],
      ),
      position: { start: { line: start, column: 1 }, end: part.position!.end },
    };
    return [heading, merged];
  });
}

/**
 * Plain-text prep in sections between rules, each a competency's name in capitals and the
 * questions it is asked as, then the "Example: Title" line that opens the story: the name and
 * the questions are the story's own, so they move under its heading (the name as a
 * "Competency:" line). A preface with any other text stays where it is.
 */
export function prefacesUnderStoryLines(blocks: RootContent[]): RootContent[] {
  const out = [...blocks];
  for (let i = 0; i < out.length; i++) {
    const heading = out[i]!;
    if ((heading.data as StoryHeadingData | undefined)?.synthetic !== "story-line") continue;
    let start = i;
    while (start > 0 && out[start - 1]!.type === "paragraph") start -= 1;
    const before = out[start - 1];
    if (start === i || before === undefined || before.type !== "thematicBreak") continue;
    const preface = out.slice(start, i) as Paragraph[];
    const caps = (paragraph: Paragraph) => {
      const text = tidy(inlineText(paragraph.children));
      return (
        !text.includes("\n") &&
        text.length <= 60 &&
        text === text.toUpperCase() &&
        /\p{Lu}{3}/u.test(text)
      );
    };
    const asks = (paragraph: Paragraph) => {
      const label = splitLabel(paragraph.children)?.label;
      const slot = label === undefined ? undefined : classify(label, null);
      return slot?.kind === "list" && slot.key === "questions";
    };
    if (preface.length > 4 || !preface.every((p) => caps(p) || asks(p))) continue;
    const moved = preface.map((paragraph) =>
      caps(paragraph)
        ? labelParagraph("Competency", tidy(inlineText(paragraph.children)), paragraph)
        : paragraph,
    );
    out.splice(start, i - start + 1, heading, ...moved);
  }
  return out;
}
