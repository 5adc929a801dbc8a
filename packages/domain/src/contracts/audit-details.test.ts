import { describe, expect, it } from 'vitest';
import { auditNote, describeAuditDetail, legacyAuditDetail } from './audit-details';

describe('describeAuditDetail', () => {
  it('says a detail in the reader’s language, its codes by name', () => {
    const committed = auditNote('import_committed', { created: 2, updated: 0, unchanged: 1 });
    expect(describeAuditDetail(committed, 'zh-CN')).toBe('写入：新增 2，更新 0，未变 1');
    expect(describeAuditDetail(committed, 'en-US')).toBe(
      'Committed: 2 created, 0 updated, 1 unchanged',
    );
    const review = auditNote('registration_review', { stage: 'final', outcome: 'pass' });
    expect(describeAuditDetail(review, 'zh-CN')).toBe('终审：通过');
    const revealed = auditNote('revealed_fields', { fields: ['idNumber', 'phone'] });
    expect(describeAuditDetail(revealed, 'zh-CN')).toBe('查看了身份证号、手机号码');
    const filters = auditNote('export_filters', { filters: { q: '张', region: '520102' } });
    expect(describeAuditDetail(filters, 'zh-CN')).toBe('筛选条件：关键词 = 张；区划 = 520102');
  });

  it('reads the free text of older events as the code it meant, else shows it as written', () => {
    const said = (text: string) => describeAuditDetail(legacyAuditDetail(text), 'zh-CN');
    expect(said('password reset')).toBe('重置密码');
    expect(said('committed: 2 created, 0 updated, 0 unchanged')).toBe(
      '写入：新增 2，更新 0，未变 0',
    );
    expect(said('validated x.xlsx: 2/3 valid')).toBe('校验 x.xlsx：2/3 行有效');
    expect(legacyAuditDetail('import 0192f1de-7a1c-7c35-9d4e-2a1f0f6f3b11')).toEqual({
      code: 'import_row',
      params: { jobId: '0192f1de-7a1c-7c35-9d4e-2a1f0f6f3b11', kind: '' },
    });
    expect(said('录入到了其他社工名下')).toBe('录入到了其他社工名下');
    expect(said('legalRepresentative, contactPhone')).toBe('查看了法定代表人、联系电话');
    expect(describeAuditDetail({ code: 'future_code', params: { n: 1 } }, 'en-US')).toBe(
      'future_code n = 1',
    );
  });
});
