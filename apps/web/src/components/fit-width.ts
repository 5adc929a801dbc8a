/** About how wide a character of the UI font is at 14 px: CJK full width, the rest about half. */
const charWidth = (char: string) => (/[\u2e80-\u9fff\uff00-\uffef]/.test(char) ? 14 : 7.6);

/** Padding, the arrow and the clear icon of a select. */
const selectChrome = 44;

/**
 * A filter select's width that shows its whole placeholder in either language ("All education",
 * "Years in service"), and at least `min`.
 */
export function fitWidth(placeholder: string, min: number): number {
  const text = [...placeholder].reduce((sum, char) => sum + charWidth(char), 0);
  return Math.max(min, Math.ceil(text + selectChrome));
}
