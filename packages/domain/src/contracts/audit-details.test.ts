import { describe, expect, it } from 'vitest';
import { auditNote, describeAuditDetail } from './audit-details';

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

  it('shows the free text of older events, in words where it named an action', () => {
    expect(describeAuditDetail(auditNote('text', { text: 'password reset' }), 'zh-CN')).toBe(
      '重置密码',
    );
    expect(describeAuditDetail(auditNote('text', { text: 'import 42' }), 'en-US')).toBe(
      'import 42',
    );
    expect(describeAuditDetail({ code: 'future_code', params: { n: 1 } }, 'en-US')).toBe(
      'future_code n = 1',
    );
  });
});
