import { and, asc, desc, eq } from 'drizzle-orm';
import {
  listKinds,
  type AccountOrganisationOption,
  type BidderFacts,
  type CreditRecordKind,
  type InspectionResult,
  type RatingGrade,
} from '@shegong/domain';
import type { Database } from '../../db/connection';
import { isAnyOf } from '../../db/any-of';
import { startsWith } from '../../db/text-prefix';
import type { Actor } from '../../platform/access/actor';
import {
  inRegionScope,
  visibleFromScope,
  withScope,
  withSystemScope,
} from '../../platform/access/region-scope';
import { organisationMatches } from './organisations.service';
import {
  organisationCreditRecords,
  organisationInspections,
  organisationRatings,
  organisations,
} from './organisations.table';

/** What a tender's eligibility reads of one organisation (see `tenderEligibility`). */
export type OrganisationTenderFacts = Omit<BidderFacts, 'stationsInRegion'> & {
  id: string;
  name: string;
};

/**
 * What binding a 机构管理员 account to its organisation needs of the registry: the organisations
 * inside the reader's scope, whatever registry permissions the reader holds — the security
 * administrator who binds an account may not read the registry itself.
 */
export function createOrganisationDirectory({ database }: { database: Database }) {
  return {
    /**
     * The registry facts a tender's eligibility is computed from, for the organisations that bid:
     * registration, service fields, ratings, annual inspections and list entries (活动异常名录,
     * 严重违法失信名单). Civil affairs publishes all of them (评估等级、年检结果、名录公告), and a
     * bidder may come from another county than the tender's officers, so they are read
     * nationwide — for the named organisations only, and nothing personal.
     */
    async tenderFactsOf(ids: readonly string[]): Promise<Map<string, OrganisationTenderFacts>> {
      const wanted = [...new Set(ids)];
      if (wanted.length === 0) return new Map();
      const [rows, ratings, inspections, entries] = await withSystemScope(database, (tx) =>
        Promise.all([
          tx
            .select({
              id: organisations.id,
              name: organisations.name,
              regionCode: organisations.regionCode,
              status: organisations.status,
              deactivatedOn: organisations.deactivatedOn,
              serviceFields: organisations.serviceFields,
            })
            .from(organisations)
            .where(isAnyOf(organisations.id, wanted)),
          tx
            .select()
            .from(organisationRatings)
            .where(isAnyOf(organisationRatings.organisationId, wanted))
            .orderBy(desc(organisationRatings.ratedOn)),
          tx
            .select()
            .from(organisationInspections)
            .where(isAnyOf(organisationInspections.organisationId, wanted))
            .orderBy(desc(organisationInspections.year)),
          tx
            .select()
            .from(organisationCreditRecords)
            .where(
              and(
                isAnyOf(organisationCreditRecords.organisationId, wanted),
                isAnyOf(organisationCreditRecords.kind, [...listKinds, 'evaluation_failed']),
              ),
            )
            .orderBy(desc(organisationCreditRecords.startedOn)),
        ]),
      );
      const ofOrganisation = <T extends { organisationId: string }>(list: T[], id: string) =>
        list.filter((row) => row.organisationId === id);
      return new Map(
        rows.map((r): [string, OrganisationTenderFacts] => [
          r.id,
          {
            ...r,
            status: r.status as OrganisationTenderFacts['status'],
            ratings: ofOrganisation(ratings, r.id).map((x) => ({
              grade: x.grade as RatingGrade,
              ratedOn: x.ratedOn,
              validUntil: x.validUntil,
            })),
            inspections: ofOrganisation(inspections, r.id).map((x) => ({
              year: x.year,
              result: x.result as InspectionResult,
              inspectedOn: x.inspectedOn,
            })),
            listEntries: ofOrganisation(entries, r.id).map((x) => ({
              kind: x.kind as CreditRecordKind,
              startedOn: x.startedOn,
              endedOn: x.endedOn,
              documentRef: x.documentRef,
            })),
          },
        ]),
      );
    },

    /**
     * The organisations registered under these 统一社会信用代码, by code: the registry publishes
     * them, and a provider may be registered in another county than its purchaser, so they are
     * read nationwide — the id and name only.
     */
    async byCreditCodes(
      codes: readonly string[],
    ): Promise<Map<string, { id: string; name: string }>> {
      const wanted = [...new Set(codes)];
      if (wanted.length === 0) return new Map();
      const rows = await withSystemScope(database, (tx) =>
        tx
          .select({
            id: organisations.id,
            name: organisations.name,
            creditCode: organisations.creditCode,
          })
          .from(organisations)
          .where(isAnyOf(organisations.creditCode, wanted)),
      );
      return new Map(rows.map((r) => [r.creditCode, { id: r.id, name: r.name }]));
    },

    /** Names of the given organisations that lie inside the reader's scope. */
    async namesInScope(actor: Actor, ids: readonly string[]): Promise<Map<string, string>> {
      if (ids.length === 0) return new Map();
      const rows = await withScope(database, actor, (tx) =>
        tx
          .select({ id: organisations.id, name: organisations.name })
          .from(organisations)
          .where(isAnyOf(organisations.id, [...ids])),
      );
      return new Map(rows.map((o) => [o.id, o.name]));
    },

    /**
     * Names of active organisations working in the reader's scope (registered in it or above it):
     * the public registry, for naming the organisation a client shares with or is referred to.
     */
    async activeNamesVisible(actor: Actor, ids: readonly string[]): Promise<Map<string, string>> {
      if (ids.length === 0) return new Map();
      const rows = await withScope(database, actor, (tx) =>
        tx
          .select({ id: organisations.id, name: organisations.name })
          .from(organisations)
          .where(
            and(
              isAnyOf(organisations.id, [...ids]),
              visibleFromScope(organisations.regionCode, actor),
              eq(organisations.status, 'active'),
            ),
          ),
      );
      return new Map(rows.map((o) => [o.id, o.name]));
    },

    /**
     * Active organisations working in the reader's scope (registered in it or above it), by name
     * or credit code: the public registry, for choosing whom a client shares with or is referred to.
     */
    async visibleOptions(actor: Actor, q?: string): Promise<AccountOrganisationOption[]> {
      return withScope(database, actor, (tx) =>
        tx
          .select({
            id: organisations.id,
            name: organisations.name,
            creditCode: organisations.creditCode,
            regionCode: organisations.regionCode,
          })
          .from(organisations)
          .where(
            and(
              visibleFromScope(organisations.regionCode, actor),
              eq(organisations.status, 'active'),
              q ? organisationMatches(q) : undefined,
            ),
          )
          .orderBy(asc(organisations.name))
          .limit(20),
      );
    },

    /** The region of an organisation inside the reader's scope, or null. */
    async regionInScope(actor: Actor, id: string): Promise<string | null> {
      const [found] = await withScope(database, actor, (tx) =>
        tx
          .select({ regionCode: organisations.regionCode })
          .from(organisations)
          .where(and(eq(organisations.id, id), inRegionScope(organisations.regionCode, actor))),
      );
      return found?.regionCode ?? null;
    },

    /** Active organisations in the reader's scope (and inside `region`), by name or credit code. */
    async activeOptions(
      actor: Actor,
      { q, region }: { q?: string; region?: string },
    ): Promise<AccountOrganisationOption[]> {
      return withScope(database, actor, (tx) =>
        tx
          .select({
            id: organisations.id,
            name: organisations.name,
            creditCode: organisations.creditCode,
            regionCode: organisations.regionCode,
          })
          .from(organisations)
          .where(
            and(
              inRegionScope(organisations.regionCode, actor),
              region ? startsWith(organisations.regionCode, region) : undefined,
              eq(organisations.status, 'active'),
              q ? organisationMatches(q) : undefined,
            ),
          )
          .orderBy(asc(organisations.name))
          .limit(20),
      );
    },
  };
}

export type OrganisationDirectory = ReturnType<typeof createOrganisationDirectory>;
