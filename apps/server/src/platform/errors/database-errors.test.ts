import { describe, expect, it } from 'vitest';
import { conflictFromDatabase } from './database-errors';

describe('conflictFromDatabase', () => {
  it('answers a unique violation, however wrapped, as a 409 conflict, and nothing else', () => {
    const driverError = Object.assign(new Error('duplicate key value'), { code: '23505' });
    const wrapped = new Error('Failed query: insert into station …', { cause: driverError });
    for (const error of [driverError, wrapped]) {
      const conflict = conflictFromDatabase(error);
      expect(conflict?.statusCode).toBe(409);
      expect(conflict?.code).toBe('CONFLICT');
    }
    const checkViolation = Object.assign(new Error('check'), { code: '23514' });
    expect(conflictFromDatabase(checkViolation)).toBeNull();
    expect(conflictFromDatabase(new Error('boom'))).toBeNull();
    expect(conflictFromDatabase(null)).toBeNull();
  });
});
