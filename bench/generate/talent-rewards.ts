import { addDays } from './calendar';
import { inPostOn, type Job } from './talent-careers';
import type { HeldCertificate } from './talent-certification';
import type { TalentContext } from './talent-context';
import type { TalentRows } from './talent-rows';
import { weighted } from './weighted';

/**
 * One-off rewards on certification (奖励): about half of those certified since 2018 apply within
 * months, while in post; most are paid, a few wait for review or payment, a few are refused.
 */
export function rewardsFor(
  t: TalentContext,
  rows: TalentRows,
  worker: { id: string; regionCode: string },
  held: readonly HeldCertificate[],
  jobs: readonly Job[],
) {
  const { random, asOf } = t;
  for (const cert of held) {
    if (cert.certifiedOn < '2018-01-01' || !random.chance(0.55)) continue;
    const appliedOn = addDays(cert.certifiedOn, random.int(20, 240));
    if (appliedOn > asOf || !inPostOn(jobs, appliedOn)) continue;
    let status =
      addDays(appliedOn, 30) > asOf
        ? 'applied'
        : weighted(random, [
            ['paid', 78],
            ['approved', 8],
            ['rejected', 6],
            ['applied', 8],
          ] as const);
    const decidedOn = status === 'applied' ? null : addDays(appliedOn, random.int(10, 30));
    let paidOn = status === 'paid' ? addDays(decidedOn!, random.int(10, 60)) : null;
    if (paidOn && paidOn > asOf) [status, paidOn] = ['approved', null];
    const createdAt = t.at(appliedOn);
    rows.reward_grant.push({
      id: t.id(createdAt),
      workerId: worker.id,
      regionCode: worker.regionCode,
      level: cert.level,
      amountFen: t.rewardAmount(worker.regionCode, cert.level),
      status,
      appliedOn,
      decidedBy: decidedOn ? t.officer(worker.regionCode, 'first').id : null,
      decidedOn,
      paidOn,
      note: status === 'rejected' ? random.pick(['申请时证书尚未登记', '材料不全']) : null,
      version: 1 + (decidedOn ? 1 : 0) + (paidOn ? 1 : 0),
      createdAt,
    });
  }
}
