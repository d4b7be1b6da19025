import { AppError, capFieldErrors, invalid, maxFieldErrors } from "../error/index.ts";

/** How deeply arrays and objects may nest in a document: a bank needs six levels. */
export const maxDepth = 64;

/** How many field errors a refusal lists; the rest are counted in one last entry. */
export const maxErrors = maxFieldErrors;

/**
 * JSON.parse, failing as a validation error that says where the text stops being JSON (line and
 * column). V8's messages give a position for some errors only, so on failure a small scanner
 * finds the first offending character. Nesting deeper than `maxDepth` is refused before parsing:
 * everything that walks the parsed value (validation, the check for malformed text) recurses.
 */
export function parseJson(text: string): unknown {
  const tooDeep = depthExceededAt(text, maxDepth);
  if (tooDeep >= 0) {
    const before = text.slice(0, tooDeep);
    const line = before.split("\n").length;
    const column = tooDeep - before.lastIndexOf("\n");
    throw invalid("The body is not a bank document.", [
      {
        path: "body",
        message: `Arrays and objects nest more than ${maxDepth} deep (line ${line}, column ${column}).`,
      },
    ]);
  }
  try {
    return JSON.parse(text);
  } catch {
    const offset = firstError(text);
    const before = text.slice(0, offset);
    const line = before.split("\n").length;
    const column = offset - before.lastIndexOf("\n");
    const found = text.codePointAt(offset);
    const reason =
      found === undefined
        ? "The JSON ends too early"
        : `Unexpected ${JSON.stringify(String.fromCodePoint(found))}`;
    throw invalid("The body is not valid JSON.", [
      { path: "body", message: `${reason} (line ${line}, column ${column}).` },
    ]);
  }
}

/**
 * The offset of the first `[` or `{` that opens level `max + 1`, or -1: a linear scan that skips
 * strings, so it costs nothing on a document of any depth.
 */
export function depthExceededAt(text: string, max: number): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (inString) {
      if (char === 0x5c) i++;
      else if (char === 0x22) inString = false;
    } else if (char === 0x22) inString = true;
    else if (char === 0x5b || char === 0x7b) {
      if (++depth > max) return i;
    } else if (char === 0x5d || char === 0x7d) depth--;
  }
  return -1;
}

/**
 * The same error with at most `maxFieldErrors` field errors, the rest counted in a last entry: a
 * huge invalid document gets a short answer instead of one entry per bad string.
 */
export function capErrors<E>(error: E): E {
  if (!(error instanceof AppError) || error.errors.length <= maxErrors) return error;
  return new AppError(error.kind, error.code, error.message, capFieldErrors(error.errors)) as E;
}

/** The offset of the first character where `text` stops being one JSON value. */
export function firstError(text: string): number {
  let i = 0;
  const ws = () => {
    while (i < text.length && " \t\n\r".includes(text[i]!)) i++;
  };
  const fail = (): never => {
    throw i;
  };
  const expect = (literal: string) => {
    for (const char of literal) {
      if (text[i] !== char) fail();
      i++;
    }
  };

  const string = () => {
    expect('"');
    for (;;) {
      const char = text[i];
      if (char === undefined || char < " ") fail();
      i++;
      if (char === '"') return;
      if (char === "\\") {
        const escape = text[i];
        if (escape === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail();
          i += 5;
        } else if (escape !== undefined && '"\\/bfnrt'.includes(escape)) i++;
        else fail();
      }
    }
  };
  const number = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!match || match[0] === "" || match[0] === "-") fail();
    i += match![0].length;
  };
  const value = (depth: number): void => {
    if (depth > 1_000) fail();
    ws();
    const char = text[i];
    if (char === "{") return members("}", () => (string(), ws(), expect(":"), value(depth + 1)));
    if (char === "[") return members("]", () => value(depth + 1));
    if (char === '"') return string();
    if (char === "t") return expect("true");
    if (char === "f") return expect("false");
    if (char === "n") return expect("null");
    number();
  };
  const members = (close: string, member: () => void) => {
    i++;
    ws();
    if (text[i] === close) return void i++;
    for (;;) {
      ws();
      member();
      ws();
      if (text[i] === ",") i++;
      else if (text[i] === close) return void i++;
      else fail();
    }
  };
  try {
    value(0);
    ws();
    if (i < text.length) fail();
    return text.length;
  } catch (offset) {
    if (typeof offset === "number") return Math.min(offset, text.length);
    throw offset;
  }
}
