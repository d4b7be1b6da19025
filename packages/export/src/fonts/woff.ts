import { inflateSync } from "node:zlib";

/**
 * A WOFF 1.0 font as the plain sfnt (TrueType/OpenType) file it wraps. fontkit reads WOFF but
 * inflates a table again on every read, which made each document subset the glyph table from
 * compressed data; unwrapped once at load, the font reads as fast as a TTF. Layout from the
 * W3C WOFF File Format 1.0 recommendation (header 44 bytes, 20-byte table directory entries).
 * Anything that is not WOFF comes back unchanged.
 */
export function unwrapWoff(data: Buffer): Buffer {
  if (data.length < 44 || data.readUInt32BE(0) !== 0x774f4646) return data;
  const flavor = data.readUInt32BE(4);
  const numTables = data.readUInt16BE(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const at = 44 + i * 20;
    const offset = data.readUInt32BE(at + 4);
    const compLength = data.readUInt32BE(at + 8);
    const origLength = data.readUInt32BE(at + 12);
    const raw = data.subarray(offset, offset + compLength);
    return {
      tag: data.readUInt32BE(at),
      checksum: data.readUInt32BE(at + 16),
      body: compLength < origLength ? inflateSync(raw) : raw,
    };
  });
  let entrySelector = 0;
  while (2 ** (entrySelector + 1) <= numTables) entrySelector++;
  const searchRange = 2 ** entrySelector * 16;
  const head = 12 + numTables * 16;
  const size = tables.reduce((sum, t) => sum + Math.ceil(t.body.length / 4) * 4, head);
  const out = Buffer.alloc(size);
  out.writeUInt32BE(flavor, 0);
  out.writeUInt16BE(numTables, 4);
  out.writeUInt16BE(searchRange, 6);
  out.writeUInt16BE(entrySelector, 8);
  out.writeUInt16BE(numTables * 16 - searchRange, 10);
  let offset = head;
  tables.forEach((table, i) => {
    const at = 12 + i * 16;
    out.writeUInt32BE(table.tag, at);
    out.writeUInt32BE(table.checksum, at + 4);
    out.writeUInt32BE(offset, at + 8);
    out.writeUInt32BE(table.body.length, at + 12);
    table.body.copy(out, offset);
    offset += Math.ceil(table.body.length / 4) * 4;
  });
  return out;
}
