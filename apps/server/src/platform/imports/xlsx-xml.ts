/**
 * Just enough XML for the parts of an .xlsx, read with indexOf and charCodeAt: a general parser
 * costs several times more per cell, and a sheet holds millions of them.
 */

const entityPattern = /&(?:#(\d+)|#x([0-9a-fA-F]+)|(lt|gt|amp|quot|apos));/g;
const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** `&lt;` `&#123;` `&#x1F600;` and the rest as characters; unknown ones stay as written. */
function decodeEntities(raw: string): string {
  if (raw.indexOf('&') < 0) return raw;
  return raw.replace(entityPattern, (entity, decimal?: string, hex?: string, name?: string) => {
    if (name) return named[name]!;
    const code = decimal ? Number(decimal) : parseInt(hex!, 16);
    return code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  });
}

const escapePattern = /_x([0-9a-fA-F]{4})_/g;

/**
 * Cell text as written: entities decoded, then Excel's own escapes (`_x000D_` is a carriage
 * return; `_x005F_` an underscore, so `_x005F_x000D_` is the literal text `_x000D_`).
 */
export function decodeText(raw: string): string {
  const text = decodeEntities(raw);
  if (text.indexOf('_x') < 0) return text;
  return text.replace(escapePattern, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * A copy of a string cut from a big chunk of the document. V8 represents a slice of 13 or more
 * characters as a view into its parent, so a string kept (a shared string, a key the import
 * remembers) would otherwise keep its whole 256 KB chunk alive.
 */
export function detached(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1);
}

/** Text as a cell shows it: trimmed, null when blank. */
export function trimmed(text: string): string | null {
  const value = text.trim();
  return value === '' ? null : value;
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

/**
 * A cursor over tags, reused from tag to tag so that scanning a sheet allocates nothing per tag.
 * Element names may carry a namespace prefix (`<x:c>`); `is` compares the local name.
 */
export class Tag {
  xml = '';
  /** The `<`. */
  start = 0;
  /** Just after the `>`. */
  end = 0;
  nameStart = 0;
  localStart = 0;
  nameEnd = 0;
  closing = false;
  selfClosing = false;
  /** The attributes' name and value offsets, four numbers each. */
  private readonly spans: number[] = [];
  private count = 0;
  /** Where `find` found an attribute's value: from `valueStart` to `valueEnd` (the quote). */
  valueStart = 0;
  valueEnd = 0;
  /** Where the unread text starts when `readNext` found no whole tag. */
  resumeAt = 0;

  /**
   * Reads the next tag at or after `from`. False when no whole tag follows yet: the text from
   * `resumeAt` on must wait for the next chunk.
   */
  readNext(xml: string, from: number): boolean {
    const lt = xml.indexOf('<', from);
    if (lt < 0) {
      this.resumeAt = xml.length;
      return false;
    }
    if (this.read(xml, lt)) return true;
    this.resumeAt = lt;
    return false;
  }

  /** Reads the tag whose `<` is at `lt`; false when its end is not in `xml` yet. */
  read(xml: string, lt: number): boolean {
    this.xml = xml;
    this.start = lt;
    let at = lt + 1;
    if (xml.charCodeAt(at) === 33 /* ! */ || xml.charCodeAt(at) === 63 /* ? */) {
      // A comment, declaration or processing instruction: skipped whole, never matched.
      const close = xml.startsWith('!--', at) ? xml.indexOf('-->', at) : xml.indexOf('>', at);
      if (close < 0) return false;
      this.end = close + (xml.charCodeAt(close) === 45 ? 3 : 1);
      this.nameStart = this.localStart = this.nameEnd = at;
      this.count = 0;
      this.closing = false;
      this.selfClosing = true;
      return true;
    }
    this.closing = xml.charCodeAt(at) === 47;
    if (this.closing) at++;
    this.nameStart = this.localStart = at;
    const length = xml.length;
    for (; at < length; at++) {
      const c = xml.charCodeAt(at);
      if (c === 58 /* : */) this.localStart = at + 1;
      else if (c === 62 /* > */ || c === 47 /* / */ || isSpace(c)) break;
    }
    this.nameEnd = at;
    // The attributes, noted as they pass, up to the end: the first `>` outside their values.
    this.count = 0;
    while (at < length) {
      let c = xml.charCodeAt(at);
      if (c === 62) {
        this.end = at + 1;
        this.selfClosing = xml.charCodeAt(at - 1) === 47;
        return true;
      }
      if (isSpace(c) || c === 47) {
        at++;
        continue;
      }
      const nameStart = at;
      while (at < length && (c = xml.charCodeAt(at)) !== 61 && c !== 62 && !isSpace(c)) at++;
      const nameEnd = at;
      while (at < length && isSpace((c = xml.charCodeAt(at)))) at++;
      if (c !== 61) continue; // an attribute without a value: not XML, but not worth failing on
      at++;
      while (at < length && isSpace((c = xml.charCodeAt(at)))) at++;
      if (c !== 34 && c !== 39) continue;
      const valueEnd = xml.indexOf(c === 34 ? '"' : "'", at + 1);
      if (valueEnd < 0) return false;
      const i = 4 * this.count++;
      this.spans[i] = nameStart;
      this.spans[i + 1] = nameEnd;
      this.spans[i + 2] = at + 1;
      this.spans[i + 3] = valueEnd;
      at = valueEnd + 1;
    }
    return false;
  }

  /** Whether the element's local name (after any prefix) is `local`. */
  is(local: string): boolean {
    return (
      this.nameEnd - this.localStart === local.length && this.xml.startsWith(local, this.localStart)
    );
  }

  /** The qualified name, as the matching close tag must repeat it. */
  get name(): string {
    return this.xml.slice(this.nameStart, this.nameEnd);
  }

  /** Finds the attribute named exactly `name` (prefix included), without copying its value. */
  find(name: string): boolean {
    const spans = this.spans;
    for (let i = 0; i < 4 * this.count; i += 4) {
      const start = spans[i]!;
      if (spans[i + 1]! - start === name.length && this.xml.startsWith(name, start)) {
        this.valueStart = spans[i + 2]!;
        this.valueEnd = spans[i + 3]!;
        return true;
      }
    }
    return false;
  }

  /** The value of the attribute named exactly `name`, entities decoded. */
  attr(name: string): string | undefined {
    return this.find(name)
      ? decodeEntities(this.xml.slice(this.valueStart, this.valueEnd))
      : undefined;
  }

  /** Every attribute, by qualified name; for the few tags of the small parts. */
  attrs(): Map<string, string> {
    const found = new Map<string, string>();
    for (let i = 0; i < 4 * this.count; i += 4) {
      const [nameStart, nameEnd, valueStart, valueEnd] = this.spans.slice(i, i + 4) as number[];
      found.set(
        this.xml.slice(nameStart, nameEnd),
        decodeEntities(this.xml.slice(valueStart, valueEnd)),
      );
    }
    return found;
  }
}

/** Each tag of a whole (small) document, through one reused cursor. */
export function* tagsOf(xml: string): Generator<Tag> {
  const tag = new Tag();
  let at = 0;
  for (;;) {
    const lt = xml.indexOf('<', at);
    if (lt < 0 || !tag.read(xml, lt)) return;
    yield tag;
    at = tag.end;
  }
}

/**
 * The text of a string item (`<si>` or `<is>`) between `from` and `to`: its `<t>` elements
 * joined, rich-text runs included, phonetic guides (`<rPh>`, the furigana of Japanese files) left
 * out.
 */
export function runText(xml: string, from: number, to: number, tag = new Tag()): string {
  let text = '';
  let at = from;
  for (;;) {
    const lt = xml.indexOf('<', at);
    if (lt < 0 || lt >= to) return text;
    let start: number;
    if (xml.startsWith('<t>', lt)) {
      start = lt + 3; // the common case, without a tag to read
    } else {
      if (!tag.read(xml, lt)) return text;
      at = tag.end;
      if (tag.closing || tag.selfClosing) continue;
      if (tag.is('rPh')) {
        const close = xml.indexOf(`</${tag.name}>`, at);
        if (close < 0) return text;
        at = close;
        continue;
      }
      if (!tag.is('t')) continue;
      start = tag.end;
    }
    const close = xml.indexOf('<', start);
    if (close < 0) return text;
    text += decodeText(xml.slice(start, close));
    at = xml.startsWith('</t>', close) ? close + 4 : close;
  }
}
