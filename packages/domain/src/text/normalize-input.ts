// Full-width forms (全角) U+FF01–FF5E sit at a fixed offset from ASCII U+0021–007E.
const FULL_WIDTH_OFFSET = 0xfee0;
const IDEOGRAPHIC_SPACE = '\u3000';

/** Turns full-width ASCII (as typed by Chinese input methods) and the ideographic space into ASCII. */
export function toHalfWidth(s: string): string {
  return s
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - FULL_WIDTH_OFFSET))
    .replaceAll(IDEOGRAPHIC_SPACE, ' ');
}

/** The form identifiers are compared and stored in: half-width, no spaces anywhere, upper case. */
export function normalizeIdentifierInput(s: string): string {
  return toHalfWidth(s).replace(/\s+/g, '').toUpperCase();
}
