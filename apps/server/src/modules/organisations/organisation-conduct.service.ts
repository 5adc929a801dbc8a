import { and, desc, eq, sql } from 'drizzle-orm';
import {
  chinaToday,
  currentRating,
  ineligibilityReasons,
  ratingEligibility,
  ratingValidUntil,
  type CreditRecord,
  type CreditRecordInput,
  type Inspection,
  type InspectionInput,
  type Rating,
  type RatingInput,
} from '@shegong/domain';
import type { Database, Transaction } from '../../db/connection';
import { newId } from '../../db/ids';
import type { Actor } from '../../platform/access/actor';
import { withScope } from '../../platform/access/region-scope';
import { changedFields, recordAudit } from '../../platform/audit/audit';
import type { Clock } from '../../platform/clock';
import { AppError, conflict, notFound } from '../../platform/errors/app-error';
import {
  loadChangeableOrganisation,
  loadVisibleOrganisation,
  type OrganisationRow,
} from './organisation-access';
import { invalidField } from './organisations.service';
import {
  organisationCreditRecords,
  organisationInspections,
  organisationRatings,
} from './organisations.table';

type RatingRow = typeof organisationRatings.$inferSelect;
type InspectionRow = typeof organisationInspections.$inferSelect;
type CreditRow = typeof organisationCreditRecords.$inferSelect;

const presentRating = (r: RatingRow): Rating => ({
  id: r.id,
  grade: r.grade as Rating['grade'],
  score: r.score,
  ratedOn: r.ratedOn,
  validUntil: r.validUntil,
  assessor: r.assessor,
  documentRef: r.documentRef,
});
const presentInspection = (i: InspectionRow): Inspection => ({
  id: i.id,
  year: i.year,
  result: i.result as Inspection['result'],
  inspectedOn: i.inspectedOn,
  note: i.note,
});
const presentCredit = (c: CreditRow): CreditRecord => ({
  id: c.id,
  kind: c.kind as CreditRecord['kind'],
  startedOn: c.startedOn,
  endedOn: c.endedOn,
  documentRef: c.documentRef,
  description: c.description,
  version: c.version,
});

/**
 * An organisation's standing (评估、年检、信用): ratings valid five years, annual inspections and
 * conduct records, and the eligibility for a new rating that follows from them.
 */
export function createOrganisationConductService(deps: { database: Database; clock: Clock }) {
  const { database, clock } = deps;
  const today = () => chinaToday(clock());

  async function history(tx: Transaction, organisationId: string) {
    const ratings = await tx
      .select()
      .from(organisationRatings)
      .where(eq(organisationRatings.organisationId, organisationId))
      .orderBy(desc(organisationRatings.ratedOn));
    const inspections = await tx
      .select()
      .from(organisationInspections)
      .where(eq(organisationInspections.organisationId, organisationId))
      .orderBy(desc(organisationInspections.year));
    const creditRecords = await tx
      .select()
      .from(organisationCreditRecords)
      .where(eq(organisationCreditRecords.organisationId, organisationId))
      .orderBy(desc(organisationCreditRecords.startedOn));
    return {
      ratings: ratings.map(presentRating),
      inspections: inspections.map(presentInspection),
      creditRecords: creditRecords.map(presentCredit),
    };
  }

  function eligibility(
    organisation: OrganisationRow,
    record: Awaited<ReturnType<typeof history>>,
    language: Actor['request']['language'],
  ) {
    const result = ratingEligibility({
      registeredOn: organisation.registeredOn,
      ratings: record.ratings,
      inspections: record.inspections,
      conduct: record.creditRecords,
      asOf: today(),
    });
    return {
      eligible: result.eligible,
      reasons: result.reasons.map((code) => ({
        code,
        message: ineligibilityReasons[code][language],
      })),
    };
  }

  /** Ratings, inspections, conduct and eligibility of one organisation the actor sees. */
  async function standing(actor: Actor, organisationId: string) {
    return withScope(database, actor, async (tx) => {
      const organisation = await loadVisibleOrganisation(tx, actor, organisationId);
      const record = await history(tx, organisationId);
      return { ...record, eligibility: eligibility(organisation, record, actor.request.language) };
    });
  }

  async function addRating(
    actor: Actor,
    organisationId: string,
    input: RatingInput,
  ): Promise<Rating> {
    return withScope(database, actor, async (tx) => {
      const organisation = await loadChangeableOrganisation(
        tx,
        actor,
        organisationId,
        'organisations:assess',
      );
      if (input.ratedOn > today())
        throw invalidField('body.ratedOn', {
          'zh-CN': '评估日期不能晚于今天',
          'en-US': 'The rating date is in the future',
        });
      if (input.ratedOn < organisation.registeredOn) {
        throw invalidField('body.ratedOn', {
          'zh-CN': '评估日期早于登记日期',
          'en-US': 'The rating date precedes registration',
        });
      }
      const existing = (await history(tx, organisationId)).ratings;
      const overlapping = currentRating(existing, input.ratedOn);
      if (overlapping) {
        throw invalidField('body.ratedOn', {
          'zh-CN': `该日期仍在 ${overlapping.grade} 等级的有效期内（至 ${overlapping.validUntil}）`,
          'en-US': `The ${overlapping.grade} rating is still valid on that date (until ${overlapping.validUntil})`,
        });
      }
      const [row] = await tx
        .insert(organisationRatings)
        .values({
          id: newId(),
          organisationId,
          regionCode: organisation.regionCode,
          ...input,
          validUntil: ratingValidUntil(input.ratedOn),
        })
        .returning();
      await recordAudit(tx, actor, {
        action: 'create',
        entityType: 'organisation_rating',
        entityId: row!.id,
        regionCode: organisation.regionCode,
        changes: changedFields(null, presentRating(row!)),
      });
      return presentRating(row!);
    });
  }

  async function addInspection(
    actor: Actor,
    organisationId: string,
    input: InspectionInput,
  ): Promise<Inspection> {
    return withScope(database, actor, async (tx) => {
      const organisation = await loadChangeableOrganisation(
        tx,
        actor,
        organisationId,
        'organisations:assess',
      );
      const thisYear = Number(today().slice(0, 4));
      if (input.year < Number(organisation.registeredOn.slice(0, 4)) || input.year > thisYear) {
        throw invalidField('body.year', {
          'zh-CN': `年检年度应在登记年度与 ${thisYear} 年之间`,
          'en-US': `The year must lie between registration and ${thisYear}`,
        });
      }
      const [taken] = await tx
        .select({ id: organisationInspections.id })
        .from(organisationInspections)
        .where(
          and(
            eq(organisationInspections.organisationId, organisationId),
            eq(organisationInspections.year, input.year),
          ),
        );
      if (taken) {
        const message = {
          'zh-CN': `${input.year} 年度的年检结果已登记`,
          'en-US': `The ${input.year} inspection is already recorded`,
        };
        throw conflict(message, [{ path: 'body.year', message }]);
      }
      const [row] = await tx
        .insert(organisationInspections)
        .values({ id: newId(), organisationId, regionCode: organisation.regionCode, ...input })
        .returning();
      await recordAudit(tx, actor, {
        action: 'create',
        entityType: 'organisation_inspection',
        entityId: row!.id,
        regionCode: organisation.regionCode,
        changes: changedFields(null, presentInspection(row!)),
      });
      return presentInspection(row!);
    });
  }

  function assertPeriod(startedOn: string, endedOn: string | null | undefined, path: string) {
    if (endedOn && endedOn < startedOn) {
      throw invalidField(path, {
        'zh-CN': '结束日期早于开始日期',
        'en-US': 'The end precedes the start',
      });
    }
  }

  async function insertCreditRecord(
    tx: Transaction,
    actor: Actor,
    record: { organisationId: string; regionCode: string; kind: CreditRecord['kind'] } & Omit<
      CreditRecordInput,
      'kind'
    >,
  ): Promise<CreditRecord> {
    const [row] = await tx
      .insert(organisationCreditRecords)
      .values({ id: newId(), ...record })
      .returning();
    await recordAudit(tx, actor, {
      action: 'create',
      entityType: 'organisation_credit_record',
      entityId: row!.id,
      regionCode: record.regionCode,
      changes: changedFields(null, presentCredit(row!)),
    });
    return presentCredit(row!);
  }

  async function addCreditRecord(
    actor: Actor,
    organisationId: string,
    input: CreditRecordInput,
  ): Promise<CreditRecord> {
    assertPeriod(input.startedOn, input.endedOn, 'body.endedOn');
    return withScope(database, actor, async (tx) => {
      const organisation = await loadChangeableOrganisation(
        tx,
        actor,
        organisationId,
        'organisations:assess',
      );
      return insertCreditRecord(tx, actor, {
        organisationId,
        regionCode: organisation.regionCode,
        ...input,
      });
    });
  }

  /**
   * The credit record of a final evaluation, from the evaluation module in its transaction: the
   * result, and for 不合格 the bar from tenders to the end of the next year, which the tenders'
   * eligibility reads. Region-owned by the evaluating office (whose scope writes it), read by the
   * registry's offices above it and nationwide by the tenders.
   */
  async function recordEvaluationResult(
    tx: Transaction,
    actor: Actor,
    input: {
      organisationId: string;
      regionCode: string;
      on: string;
      failed: boolean;
      reference: string;
      description: string;
    },
  ): Promise<CreditRecord[]> {
    const { organisationId, regionCode, on, reference, description } = input;
    const result = await insertCreditRecord(tx, actor, {
      organisationId,
      regionCode,
      kind: 'evaluation_result',
      startedOn: on,
      endedOn: on,
      documentRef: reference,
      description,
    });
    if (!input.failed) return [result];
    const bar = await insertCreditRecord(tx, actor, {
      organisationId,
      regionCode,
      kind: 'evaluation_failed',
      startedOn: on,
      endedOn: `${Number(on.slice(0, 4)) + 1}-12-31`,
      documentRef: reference,
      description,
    });
    return [result, bar];
  }

  /** Ends a penalty or takes the organisation off a list (移出名录). */
  async function endCreditRecord(
    actor: Actor,
    organisationId: string,
    recordId: string,
    input: { version: number; endedOn: string },
  ): Promise<CreditRecord> {
    return withScope(database, actor, async (tx) => {
      const organisation = await loadChangeableOrganisation(
        tx,
        actor,
        organisationId,
        'organisations:assess',
      );
      const [before] = await tx
        .select()
        .from(organisationCreditRecords)
        .where(
          and(
            eq(organisationCreditRecords.id, recordId),
            eq(organisationCreditRecords.organisationId, organisationId),
          ),
        );
      if (!before) throw notFound({ 'zh-CN': '信用记录', 'en-US': 'Conduct record' });
      if (before.version !== input.version) throw new AppError('VERSION_CONFLICT');
      assertPeriod(before.startedOn, input.endedOn, 'body.endedOn');
      const [after] = await tx
        .update(organisationCreditRecords)
        .set({
          endedOn: input.endedOn,
          version: sql`${organisationCreditRecords.version} + 1`,
          updatedAt: clock(),
        })
        .where(
          and(
            eq(organisationCreditRecords.id, recordId),
            eq(organisationCreditRecords.version, input.version),
          ),
        )
        .returning();
      if (!after) throw new AppError('VERSION_CONFLICT');
      await recordAudit(tx, actor, {
        action: 'update',
        entityType: 'organisation_credit_record',
        entityId: recordId,
        regionCode: organisation.regionCode,
        changes: changedFields(presentCredit(before), presentCredit(after)),
      });
      return presentCredit(after);
    });
  }

  return {
    standing,
    addRating,
    addInspection,
    addCreditRecord,
    endCreditRecord,
    recordEvaluationResult,
  };
}

export type OrganisationConductService = ReturnType<typeof createOrganisationConductService>;
