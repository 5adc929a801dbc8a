import { describe, it, expect } from 'vitest';
import { normalizeIdentifierInput, toHalfWidth } from './normalize-input';

describe('toHalfWidth', () => {
  it('turns full-width digits, letters and punctuation into ASCII', () => {
    expect(toHalfWidth('１２３ＡＢＣｘ－＋（）')).toBe('123ABCx-+()');
  });

  it('turns the ideographic space into a plain space and leaves Chinese alone', () => {
    expect(toHalfWidth('张\u3000三')).toBe('张 三');
  });
});

describe('normalizeIdentifierInput', () => {
  it('trims, removes inner spaces of every kind and upper-cases', () => {
    expect(normalizeIdentifierInput(' １１０１ 0519\u3000491231002ｘ\t')).toBe(
      '11010519491231002X',
    );
  });
});
