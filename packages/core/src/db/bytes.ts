/** A value's size as JSON in UTF-8 bytes. */
export const jsonBytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value) ?? "", "utf8");

/**
 * The attribute holding the bytes of an item's `data` as JSON in UTF-8, written with the data
 * (`putNew`, `putVersion`), so a list measures its page without serializing every item twice.
 * An item written without it (a batch's undo) is measured when listed.
 */
export const dataBytes = "dataBytes";
