import type { Paragraph, PhrasingContent } from "mdast";
import { classify } from "./labels.ts";
import { inlineText, tidy, unquote } from "./markdown.ts";
import { isInterviewQuestion, opensPrompt, questionText } from "./question.ts";

// Parts of a story written inside a paragraph rather than under labels of their own: a question
// in bold inside a sentence, a form's own prompt and its answer, STAR parts marked inline.

/**
 * The interview questions a sentence holds in bold ("The question I got was **"Tell me about a
 * time you handled an angry customer."** Here's the story."); none for a paragraph that is only
 * the bold text.
 */
export function questionsInSentence(paragraph: Paragraph): string[] {
  const asked = paragraph.children.flatMap((child) => {
    if (child.type !== "strong") return [];
    const text = unquote(tidy(inlineText(child.children))).replace(/,$/, "");
    // "**What were you responsible for?**" over its answer: a worksheet's prompt for a part.
    return isInterviewQuestion(text) && !classify(text, null) ? [questionText(text)] : [];
  });
  const around = paragraph.children.some(
    (child) => child.type === "text" && /\p{L}{3,}/u.test(child.value),
  );
  return around ? asked : [];
}

/** A bold prompt that is no interview question ("**Anything else?**") and the answer after it. */
export function boldPrompt(
  children: PhrasingContent[],
): { label: string; rest: string } | undefined {
  const [first, ...rest] = children;
  if (first?.type !== "strong") return undefined;
  const label = tidy(inlineText(first.children));
  const answer = tidy(inlineText(rest));
  if (!label.endsWith("?") || answer === "" || label.split(/\s+/).length > 12) return undefined;
  // A worksheet's prompt that names a part ("Which questions could this answer?") is a label.
  const asks = opensPrompt(label) || /\b(?:a time|an example|a situation|a moment)\b/i.test(label);
  if (asks || classify(label, null) !== undefined) return undefined;
  return { label, rest: answer };
}

/**
 * A paragraph that opens with "(S)" and marks three STAR parts or more inline ("(S) … (T) …
 * (A) … (R) …"): each part's letter and text; undefined for any other paragraph.
 */
export function inlineMarkers(text: string): { letter: string; text: string }[] | undefined {
  if (!/^\s*\((?:S|C|P)\)\s/.test(text)) return undefined;
  const parts = text.split(/\s*\(([STARLCPO])\)\s+/).slice(1);
  const marked: { letter: string; text: string }[] = [];
  for (let i = 0; i + 1 < parts.length; i += 2)
    marked.push({ letter: parts[i]!, text: parts[i + 1]!.trim() });
  return marked.length >= 3 && new Set(marked.map((m) => m.letter)).size >= 3 ? marked : undefined;
}
