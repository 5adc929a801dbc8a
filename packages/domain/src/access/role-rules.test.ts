import { describe, expect, it } from 'vitest';
import { roleAssignmentProblems } from './role-rules';

describe('role assignment rules', () => {
  it('accepts a county officer with a county scope', () => {
    expect(roleAssignmentProblems(['civil_affairs_county'], '520102')).toEqual([]);
  });

  it('refuses a county officer role on a city scope', () => {
    const problems = roleAssignmentProblems(['civil_affairs_county'], '5201');
    expect(problems).toHaveLength(1);
    expect(problems[0]?.['zh-CN']).toContain('县级');
  });

  it('refuses to combine an administrator role with any other role', () => {
    expect(roleAssignmentProblems(['system_admin', 'audit_admin'], '5201')).toHaveLength(1);
    expect(roleAssignmentProblems(['security_admin', 'social_worker'], '5201')).toHaveLength(1);
    expect(roleAssignmentProblems(['audit_admin'], '')).toEqual([]);
  });

  it('lets roles without a tier sit at any scope', () => {
    expect(roleAssignmentProblems(['social_worker', 'volunteer'], '520102016001')).toEqual([]);
  });
});
