import { describe, it, expect } from 'vitest';
import { identifierErrorMessages, validationMessage } from './messages';

describe('identifierErrorMessages', () => {
  it('has a non-empty message in both languages for every code', () => {
    for (const messages of Object.values(identifierErrorMessages)) {
      for (const message of Object.values(messages)) {
        expect(message['zh-CN']).not.toBe('');
        expect(message['en-US']).not.toBe('');
      }
    }
  });
});

describe('validationMessage', () => {
  it('resolves dotted keys in the requested language', () => {
    expect(validationMessage('residentId.checksum', 'zh-CN')).toBe('身份证号校验位错误');
    expect(validationMessage('residentId.checksum', 'en-US')).toBe(
      'ID number check digit is wrong',
    );
    expect(validationMessage('regionCode.invalid', 'zh-CN')).toBe('行政区划代码无效');
    expect(validationMessage('mobile.format', 'en-US')).toMatch(/11 digits/);
  });

  it.each([
    'residentId',
    'residentId.nope',
    'residentId.checksum.extra',
    'nope.checksum',
    'residentId.constructor',
    'constructor.name',
    '__proto__.toString',
    '',
  ])('gives undefined for %j', (key) => {
    expect(validationMessage(key, 'zh-CN')).toBeUndefined();
  });
});
