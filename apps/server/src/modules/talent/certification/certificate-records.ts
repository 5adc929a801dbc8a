import { isAnyOf } from '../../../db/any-of';
import type { Executor } from '../../../db/connection';
import type { CertificateContext, HeldCertificate, LevelledScore } from './certificate-rules';
import { certificates, examScores } from './certification.table';

/**
 * What the certificate rules read from the database, for many workers at once (one query for
 * their certificates, one for their exam scores): the form reads one worker, an import a batch.
 */
export async function certificateRecordsOf(tx: Executor, workerIds: readonly string[]) {
  const held = new Map<string, HeldCertificate[]>();
  const scores = new Map<string, LevelledScore[]>();
  const ids = [...new Set(workerIds)];
  if (ids.length > 0) {
    const [certificateRows, scoreRows] = await Promise.all([
      tx
        .select({
          workerId: certificates.workerId,
          level: certificates.level,
          certifiedOn: certificates.certifiedOn,
        })
        .from(certificates)
        .where(isAnyOf(certificates.workerId, ids)),
      tx.select().from(examScores).where(isAnyOf(examScores.workerId, ids)),
    ]);
    for (const c of certificateRows) held.set(c.workerId, [...(held.get(c.workerId) ?? []), c]);
    for (const s of scoreRows) scores.set(s.workerId, [...(scores.get(s.workerId) ?? []), s]);
  }
  return {
    /**
     * The context of a certificate of this worker; `alsoHeld` are certificates not yet written
     * (earlier rows of the same sheet). A worker not yet registered holds nothing.
     */
    contextOf(
      worker: { id?: string | undefined; birthDate: string },
      today: string,
      alsoHeld: readonly HeldCertificate[] = [],
    ): CertificateContext {
      const id = worker.id ?? '';
      return {
        birthDate: worker.birthDate,
        held: [...(held.get(id) ?? []), ...alsoHeld],
        scores: scores.get(id) ?? [],
        today,
      };
    },
    /** Records a certificate written in this transaction, for the rows after it. */
    add(workerId: string, certificate: HeldCertificate) {
      held.set(workerId, [...(held.get(workerId) ?? []), certificate]);
    },
  };
}

export type CertificateRecords = Awaited<ReturnType<typeof certificateRecordsOf>>;
