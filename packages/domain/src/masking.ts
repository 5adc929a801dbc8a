// Display masks (脱敏). The birth date inside an ID number is never shown.

const ID_LIKE = /(?<!\d)(\d{17}[\dXx])(?!\d)/g;
// An optional 86 country code is kept in front so "+8613800138000" in a URL is caught too.
const MOBILE_LIKE = /(?<!\d)(86)?(1[3-9]\d{9})(?!\d)/g;

/** 110105********002X; anything that is not 18 chars keeps only its last 2. */
export function maskResidentId(id: string): string {
  if (id.length === 18) return `${id.slice(0, 6)}********${id.slice(-4)}`;
  return maskAllButLast(id, 2);
}

/**
 * 110105**********2X, for readers who may not reveal the number and see the age beside it: the
 * last 4 (sequence and check digit) with the age leave ~35 candidates, the last 2 ~3,300.
 */
export function maskResidentIdShort(id: string): string {
  if (id.length === 18) return `${id.slice(0, 6)}**********${id.slice(-2)}`;
  return maskAllButLast(id, 2);
}

/** 138****8000; a shorter number keeps a quarter at each end, a longer one 3 and 4. */
export function maskPhone(phone: string): string {
  const chars = Array.from(phone);
  const [head, tail] = chars.length >= 11 ? [3, 4] : [chars.length >> 2, chars.length >> 2];
  return (
    chars.slice(0, head).join('') +
    '*'.repeat(chars.length - head - tail) +
    chars.slice(chars.length - tail).join('')
  );
}

/** 张三丰 → 张**; a one-character name is hidden entirely, since it would show whole. */
export function maskName(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.length <= 1) return '*'.repeat(chars.length);
  return (chars[0] ?? '') + '*'.repeat(chars.length - 1);
}

/** Scrubs ID numbers and mobile numbers out of free text such as log lines and URLs. */
export function maskSensitiveText(text: string): string {
  return text
    .replace(ID_LIKE, (id: string) => maskResidentId(id))
    .replace(
      MOBILE_LIKE,
      (_match: string, prefix: string | undefined, mobile: string) =>
        (prefix ?? '') + maskPhone(mobile),
    );
}

function maskAllButLast(s: string, visible: number): string {
  const chars = Array.from(s);
  if (chars.length <= visible) return '*'.repeat(chars.length);
  return '*'.repeat(chars.length - visible) + chars.slice(-visible).join('');
}
