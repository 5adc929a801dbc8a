import { describe, it, expect } from 'vitest';
import {
  maskName,
  maskPhone,
  maskResidentId,
  maskResidentIdShort,
  maskSensitiveText,
} from './masking';

describe('maskResidentId', () => {
  it('shows the first 6 and last 4 and always hides the birth date', () => {
    expect(maskResidentId('11010519491231002X')).toBe('110105********002X');
    expect(maskResidentId('440524188001010014')).toBe('440524********0014');
  });

  it('keeps only the last 2 of anything that is not 18 characters', () => {
    expect(maskResidentId('110105491231002')).toBe('*************02');
    expect(maskResidentId('1234')).toBe('**34');
    expect(maskResidentId('12')).toBe('**');
    expect(maskResidentId('')).toBe('');
  });
});

describe('maskResidentIdShort', () => {
  it('keeps the first 6 and the last 2 only', () => {
    expect(maskResidentIdShort('11010519491231002X')).toBe('110105**********2X');
    expect(maskResidentIdShort('1234')).toBe('**34');
  });
});

describe('maskPhone', () => {
  it('shows the first 3 and last 4 of a mobile number', () => {
    expect(maskPhone('13800138000')).toBe('138****8000');
  });

  it('masks the middle of shorter numbers', () => {
    expect(maskPhone('88886666')).toBe('88****66');
    expect(maskPhone('1234')).toBe('1**4');
    expect(maskPhone('123')).toBe('***');
    expect(maskPhone('')).toBe('');
  });

  it('keeps the length of longer numbers', () => {
    expect(maskPhone('023688886666')).toBe('023*****6666');
  });
});

describe('maskName', () => {
  it('keeps the surname and hides each other character', () => {
    expect(maskName('张三丰')).toBe('张**');
    expect(maskName('李四')).toBe('李*');
    expect(maskName('阿依古丽·买买提')).toBe('阿*******');
  });

  it('counts characters outside the basic plane once', () => {
    expect(maskName('𠮷野家')).toBe('𠮷**');
  });

  it('hides a one-character name entirely', () => {
    expect(maskName('王')).toBe('*');
    expect(maskName('')).toBe('');
  });
});

describe('maskSensitiveText', () => {
  it('scrubs ID and mobile numbers out of a log line', () => {
    expect(
      maskSensitiveText('client 11010519491231002X phone 13800138000 registered at 2024-06-01'),
    ).toBe('client 110105********002X phone 138****8000 registered at 2024-06-01');
  });

  it('scrubs them out of URLs, including a lower-case x and an 86 prefix', () => {
    expect(maskSensitiveText('/api/clients?id=11010519491231002x&tel=%2B8613800138000')).toBe(
      '/api/clients?id=110105********002x&tel=%2B86138****8000',
    );
  });

  it('catches numbers glued to letters', () => {
    expect(maskSensitiveText('mobile13912345678end')).toBe('mobile139****5678end');
  });

  it('leaves longer digit runs such as millisecond timestamps alone', () => {
    const line = 'ts=1717200000000 order=1380013800012345678901';
    expect(maskSensitiveText(line)).toBe(line);
  });

  it('leaves text without identifiers untouched', () => {
    expect(maskSensitiveText('社工站 520102 服务 120 人次')).toBe('社工站 520102 服务 120 人次');
  });
});
