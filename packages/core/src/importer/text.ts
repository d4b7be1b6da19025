import { invalid } from "../error/index.ts";

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * A request body as text: UTF-8 (a BOM is dropped), or UTF-16 when a BOM says so. Bytes that
 * are not UTF-8 fail with the line and byte where they start.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  try {
    return utf8.decode(bytes);
  } catch {
    const offset = invalidUtf8At(bytes);
    const line = bytes.subarray(0, offset).filter((b) => b === 0x0a).length + 1;
    throw invalid("The body is not UTF-8 text.", [
      {
        path: "body",
        message: `Byte 0x${bytes[offset]?.toString(16).padStart(2, "0") ?? "??"} at offset ${offset} (line ${line}) does not start or continue a UTF-8 character.`,
      },
    ]);
  }
}

/** The offset of the first byte that breaks UTF-8. */
function invalidUtf8At(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    const length =
      lead < 0x80
        ? 1
        : lead >= 0xc2 && lead <= 0xdf
          ? 2
          : lead >= 0xe0 && lead <= 0xef
            ? 3
            : lead >= 0xf0 && lead <= 0xf4
              ? 4
              : 0;
    if (length === 0) return i;
    try {
      utf8.decode(bytes.subarray(i, i + length));
    } catch {
      return i;
    }
    i += length;
  }
  return bytes.length;
}
