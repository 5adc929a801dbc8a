import { describe, expect, it } from 'vitest';
import { hasControlCharacter } from './control-characters';

describe('hasControlCharacter', () => {
  it('finds NUL, the other C0 controls, DEL and the C1 controls', () => {
    for (const c of [
      '\u0000',
      '\u0001',
      '\u0008',
      '\u000B',
      '\u000C',
      '\u001B',
      '\u007F',
      '\u0085',
      '\u009F',
    ])
      expect(hasControlCharacter(`王${c}芳`), JSON.stringify(c)).toBe(true);
  });

  it('lets tab, line breaks and ordinary text through', () => {
    expect(hasControlCharacter('王芳\t社工\r\n第二行\n')).toBe(false);
    expect(hasControlCharacter('Ünïcödé 　全角 ＡＢＣ 😀')).toBe(false);
  });
});
