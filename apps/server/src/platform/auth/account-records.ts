import { eq } from 'drizzle-orm';
import type { Role } from '@shegong/domain';
import type { Executor } from '../../db/connection';
import { newId } from '../../db/ids';
import { hashPassword } from './passwords';
import { accounts } from './accounts.table';

export interface NewAccount {
  username: string;
  realName: string;
  phone?: string | null;
  regionCode: string;
  roles: Role[];
  /** For a 机构管理员: the organisation it manages. */
  organisationId?: string | null;
  password: string;
  mustChangePassword: boolean;
}

/** Inserts an account row (no permission checks: the caller decides who may). */
export async function insertAccount(db: Executor, input: NewAccount) {
  const [row] = await db
    .insert(accounts)
    .values({
      id: newId(),
      username: input.username.trim().toLowerCase(),
      realName: input.realName,
      phone: input.phone ?? null,
      regionCode: input.regionCode,
      roles: input.roles,
      organisationId: input.organisationId ?? null,
      passwordHash: await hashPassword(input.password),
      mustChangePassword: input.mustChangePassword,
    })
    .returning();
  return row!;
}

export async function findAccountByUsername(db: Executor, username: string) {
  const [row] = await db
    .select()
    .from(accounts)
    .where(eq(accounts.username, username.trim().toLowerCase()));
  return row;
}
