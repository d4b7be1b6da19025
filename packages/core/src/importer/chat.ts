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

/**
 * The document without its chat prefixes and app lines (each line kept in place, so line
 * numbers stay those of the source), and a warning naming what was taken out. Text in which
 * fewer than two lines open with a chat prefix is returned as it is.
 */
export function fromChatExport(text: string): { text: string; warnings: Warning[] } {
  const lines = text.split("\n");
  const prefixed = lines.filter((line) => prefix.test(line)).length;
  if (prefixed < 2) return { text, warnings: [] };
  const senders = new Set<string>();
  const taken: number[] = [];
  const appLines: string[] = [];
  const out = lines.map((line, index) => {
    const body = line.replace(/\r$/, "");
    const end = line.slice(body.length);
    const match = prefix.exec(body);
    const rest = match ? body.slice(match[0].length) : body;
    if (match) {
      senders.add(match[0].trim().replace(/:$/, ""));
      taken.push(index + 1);
    }
    if (appLine.test(rest.trim())) {
      appLines.push(rest.trim());
      taken.push(index + 1);
      return end;
    }
    return match ? rest + end : line;
  });
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
  return { text: out.join("\n"), warnings };
}
