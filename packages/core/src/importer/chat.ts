import type { Warning } from "./fieldtext.ts";

/**
 * A chat exported as text (WhatsApp's "Export chat", a message to oneself, Telegram or Discord
 * copied out): each message opens with its time and sender ("[03/05/2024, 22:41] Priya Nair: ",
 * "03/05/2024, 22:41 - Priya Nair: ", "[22:41] Priya: "), and the app adds lines of its own
 * ("<Media omitted>", "<This message was edited>"). The stories are in the messages: the
 * prefixes and the app's lines are taken out, line for line, and reported.
 */

/** The time and sender opening a message line. */
const prefix =
  /^\u200e?(?:\[\d{1,4}[./-]\d{1,2}[./-]\d{1,4},? \d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp][Mm])?\]|\d{1,4}[./-]\d{1,2}[./-]\d{1,4},? \d{1,2}:\d{2}(?:\s?[AaPp][Mm])? [-–]|\[\d{1,2}:\d{2}(?:\s?[AaPp][Mm])?\]) ?([^:\n]{1,40}): /u;

/** A line the chat app writes in place of a message or beside one. */
const appLine =
  /^\u200e?<(?:Media omitted|This message was edited|attached: [^>]*|This message was deleted)>$|^\u200e?(?:This message was deleted|You deleted this message|Messages and calls are end-to-end encrypted\..*)$/i;

/** A line of a message that tells a story's part: "S: …", "Result – …", "STORY 2 – …". */
const storyLine =
  /^(?:[STARL]|situation|task|actions?|results?|lessons?|story\s*\d*)\s*(?::|[–—-]\s)/i;

/**
 * The document without its chat prefixes and app lines (each line kept in place, so line
 * numbers stay those of the source), the line each message starts on (1-based, so that a
 * message is a paragraph of its own), and a warning naming what was taken out. In a chat
 * between a writer and a reader (a coach), the messages of a sender who never writes a story's
 * part are marked as remarks ("💬 "), for the notes of the story they are about. Text in which
 * fewer than two lines open with a chat prefix is returned as it is.
 */
export function fromChatExport(text: string): {
  text: string;
  warnings: Warning[];
  starts: Set<number>;
} {
  const lines = text.split("\n");
  const prefixed = lines.filter((line) => prefix.test(line)).length;
  if (prefixed < 2) return { text, warnings: [], starts: new Set() };
  const senders = new Set<string>();
  const taken: number[] = [];
  const appLines: string[] = [];
  const starts = new Set<number>();
  // Who sent each line, and who writes the stories.
  const sentBy: (string | undefined)[] = [];
  const writers = new Set<string>();
  let sender: string | undefined;
  const out = lines.map((line, index) => {
    const body = line.replace(/\r$/, "");
    const end = line.slice(body.length);
    const match = prefix.exec(body);
    const rest = match ? body.slice(match[0].length) : body;
    if (match) {
      senders.add(match[0].trim().replace(/:$/, ""));
      taken.push(index + 1);
      starts.add(index + 1);
      sender = match[1]!.trim();
    }
    sentBy.push(sender);
    if (sender && storyLine.test(rest.trim())) writers.add(sender);
    if (appLine.test(rest.trim())) {
      appLines.push(rest.trim());
      taken.push(index + 1);
      return end;
    }
    return match ? rest + end : line;
  });
  const readers = new Set(sentBy.filter((who): who is string => !!who && !writers.has(who)));
  if (writers.size > 0 && readers.size > 0) {
    for (const line of starts) {
      const at = line - 1;
      if (readers.has(sentBy[at]!) && out[at]!.trim() !== "") out[at] = `💬 ${out[at]}`;
    }
  }
  const first = taken[0] ?? 1;
  const last = taken.at(-1) ?? first;
  const named = [...senders];
  const warnings: Warning[] = [
    {
      line: first,
      endLine: last,
      message: `The chat's time stamps and senders were taken off ${prefixed} message lines${appLines.length > 0 ? `, and ${appLines.length} line(s) the chat app wrote were left out` : ""}.`,
      excerpt: named[0] ?? "",
      text: [...named, ...new Set(appLines)].join("\n"),
    },
  ];
  return { text: out.join("\n"), warnings, starts };
}
