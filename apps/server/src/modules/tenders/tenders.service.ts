import { and, asc, eq, gte, isNull, sql } from 'drizzle-orm';
import {
  auditNote,
  chinaToday,
  describeCheck,
  eligibilityRuleLabels,
  tenderEligibility,
  type BidTeamMember,
  type CreateTender,
  type EligibilityVerdict,
  type EligibilityVerdictView,
  type Language,
  type LocalizedText,
  type MyBid,
  type OpenTender,
  type OwnBid,
  type ServiceField,
  type SubmitBid,
  type TenderAward,
  type TenderBid,
  type TenderDetail,
  type TenderFail,
  type TenderList,
  type TenderNotice,
  type TenderPanelInput,
  type TenderScoreSheet,
  type TenderStatus,
  type WithdrawBid,
} from '@shegong/domain';
import { isAnyOf } from '../../db/any-of';
import type { Database, Transaction } from '../../db/connection';
import { newId } from '../../db/ids';
import { organisationOf, type Actor } from '../../platform/access/actor';
import { inRegionScope, withScope, withSystemScope } from '../../platform/access/region-scope';
import { changedFields, recordAudit } from '../../platform/audit/audit';
import { AppError, conflict, forbidden, notFound } from '../../platform/errors/app-error';
import { refuseProblems, type RuleProblem } from '../../platform/errors/rule-problems';
import type { ModuleServices } from '../../platform/modules/define-module';
import { tenderBids, tenderPanelMembers, tenderScores, tenders } from './tenders.table';

export const tenderEntity: LocalizedText = { 'zh-CN': '招标', 'en-US': 'Tender' };
export const tenderEntityType = 'tender';
export const bidEntityType = 'tender_bid';

type TenderRow = typeof tenders.$inferSelect;
type BidRow = typeof tenderBids.$inferSelect;
type ScoreRow = typeof tenderScores.$inferSelect;
type MemberRow = typeof tenderPanelMembers.$inferSelect;

interface Deps {
  database: Database;
  clock: () => Date;
  divisions: Pick<ModuleServices['divisions'], 'describeRegions' | 'namesOf'>;
  projects: Pick<ModuleServices['projects'], 'loadInScope' | 'move'>;
  organisations: Pick<ModuleServices['organisations'], 'tenderFactsOf'>;
  stations: Pick<ModuleServices['stations'], 'operatingStationsOf'>;
  talent: Pick<ModuleServices['talent'], 'staffOf'>;
}

const yuan = (fen: number) => (fen / 100).toFixed(2);

const withdrawnBid: LocalizedText = {
  'zh-CN': '该投标已撤回，不参与评审',
  'en-US': 'The bid was withdrawn and is not assessed',
};
const round1 = (n: number) => Math.round(n * 10) / 10;

const closed = (status: string): AppError =>
  conflict(
    status === 'awarded'
      ? { 'zh-CN': '招标已定标，不能再变更', 'en-US': 'The tender has been awarded' }
      : { 'zh-CN': '招标已流标，不能再变更', 'en-US': 'The tender has failed' },
  );

/** Scores of one bid: each criterion's panel mean and the total once every member scored all. */
function scoreOf(
  criteria: TenderRow['criteria'],
  members: readonly MemberRow[],
  scores: readonly ScoreRow[],
) {
  let complete = members.length > 0;
  const rows = criteria.map((c) => {
    const given = scores.filter((s) => s.criterion === c.code);
    if (members.some((m) => !given.some((s) => s.memberId === m.id))) complete = false;
    const mean =
      given.length === 0 ? null : given.reduce((sum, s) => sum + s.points, 0) / given.length;
    return { criterion: c.code, name: c.name, weight: c.weight, mean };
  });
  const total = complete ? round1(rows.reduce((sum, r) => sum + (r.mean ?? 0), 0)) : null;
  return {
    total,
    criteria: rows.map(({ mean, ...r }) => ({
      ...r,
      average: mean === null ? null : round1(mean),
    })),
  };
}

/** 招标与投标: tenders of set-up projects, bids, the panel's scores, the award or 流标. */
export function createTenderService(deps: Deps) {
  const { database, clock, divisions, projects, organisations, stations, talent } = deps;
  const today = () => chinaToday(clock());

  const isPurchaser = (actor: Actor) => actor.permissions.has('tenders:read');

  async function loadRow(tx: Transaction, actor: Actor, id: string, lock = false) {
    const query = tx
      .select()
      .from(tenders)
      .where(and(eq(tenders.id, id), inRegionScope(tenders.regionCode, actor)));
    const [row] = await (lock ? query.for('update') : query);
    if (!row) throw notFound(tenderEntity);
    return row;
  }

  /** The announcement, for a bidder of any region: tenders are public once published. */
  async function publicRow(id: string): Promise<TenderRow> {
    const [row] = await withSystemScope(database, (tx) =>
      tx.select().from(tenders).where(eq(tenders.id, id)),
    );
    if (!row) throw notFound(tenderEntity);
    return row;
  }

  /**
   * Each bid's eligibility, computed from the registry as of the deadline's day — never typed:
   * the organisations' public facts and the stations they run in the tender's division.
   */
  async function verdictsOf(
    tenderRows: readonly TenderRow[],
    bids: readonly Pick<BidRow, 'id' | 'tenderId' | 'organisationId'>[],
    language: Language,
  ): Promise<Map<string, { verdict: EligibilityVerdict; view: EligibilityVerdictView }>> {
    const result = new Map<string, { verdict: EligibilityVerdict; view: EligibilityVerdictView }>();
    if (bids.length === 0) return result;
    const facts = await organisations.tenderFactsOf(bids.map((b) => b.organisationId));
    const byRegion = new Map<
      string,
      Map<string, { id: string; name: string; regionCode: string }[]>
    >();
    for (const region of new Set(tenderRows.map((t) => t.regionCode)))
      byRegion.set(
        region,
        await stations.operatingStationsOf(
          bids
            .filter((b) => tenderRows.find((t) => t.id === b.tenderId)?.regionCode === region)
            .map((b) => b.organisationId),
          region,
        ),
      );
    const codes = new Set<string>();
    for (const t of tenderRows) codes.add(t.regionCode);
    for (const f of facts.values()) codes.add(f.regionCode);
    const names = await divisions.namesOf([...codes]);
    for (const bid of bids) {
      const tender = tenderRows.find((t) => t.id === bid.tenderId)!;
      const fact = facts.get(bid.organisationId);
      const verdict: EligibilityVerdict = fact
        ? tenderEligibility(
            tender.rules,
            {
              ...fact,
              stationsInRegion: byRegion.get(tender.regionCode)?.get(bid.organisationId) ?? [],
            },
            { asOf: tender.deadline, regionCode: tender.regionCode },
          )
        : {
            eligible: false,
            asOf: tender.deadline,
            checks: [
              {
                rule: 'registration',
                passed: false,
                evidence: { status: 'deactivated', deactivatedOn: null },
              },
            ],
          };
      result.set(bid.id, {
        verdict,
        view: {
          eligible: verdict.eligible,
          asOf: verdict.asOf,
          checks: verdict.checks.map((c) => ({
            rule: c.rule,
            label: eligibilityRuleLabels[c.rule][language],
            passed: c.passed,
            text: describeCheck(c, language, (code) => names.get(code) ?? code),
            evidence: c.evidence as unknown as Record<string, unknown>,
          })),
        },
      });
    }
    return result;
  }

  async function noticesOf(actor: Actor, rows: readonly TenderRow[]): Promise<TenderNotice[]> {
    const regionNames = await divisions.describeRegions(
      [...new Set(rows.map((r) => r.regionCode))],
      actor.request.language,
    );
    return rows.map((row) => ({
      id: row.id,
      projectId: row.projectId,
      projectCode: row.projectCode,
      projectTitle: row.projectTitle,
      regionCode: row.regionCode,
      regionName: regionNames.get(row.regionCode) ?? row.regionCode,
      budgetFen: row.budgetFen,
      serviceFields: row.serviceFields as ServiceField[],
      termStart: row.termStart,
      termEnd: row.termEnd,
      status: row.status as TenderStatus,
      notice: row.notice,
      opensOn: row.opensOn,
      deadline: row.deadline,
      rules: row.rules,
      criteria: row.criteria,
      publishedAt: row.publishedAt.toISOString(),
      resultPublishedAt: row.resultPublishedAt?.toISOString() ?? null,
      awardedOrganisationName: null,
      failedReason: row.failedReason,
      version: row.version,
    }));
  }

  /** The winners' names of awarded tenders (public: 中标公告). */
  async function winnersOf(tx: Transaction, rows: readonly TenderRow[]) {
    const ids = rows.map((r) => r.awardedBidId).filter((id): id is string => id !== null);
    if (ids.length === 0) return new Map<string, { organisationId: string; name: string }>();
    const found = await tx
      .select({
        id: tenderBids.id,
        organisationId: tenderBids.organisationId,
        name: tenderBids.organisationName,
      })
      .from(tenderBids)
      .where(isAnyOf(tenderBids.id, ids));
    return new Map(found.map((b) => [b.id, b]));
  }

  async function withWinners(actor: Actor, rows: readonly TenderRow[]): Promise<TenderNotice[]> {
    const winners = await withSystemScope(database, (tx) => winnersOf(tx, rows));
    const notices = await noticesOf(actor, rows);
    return notices.map((n, i) => ({
      ...n,
      awardedOrganisationName: winners.get(rows[i]!.awardedBidId ?? '')?.name ?? null,
    }));
  }

  /** A bid as its own organisation sees it: its own scores only, and only after the result. */
  function ownView(
    tender: TenderRow,
    bid: BidRow,
    verdict: EligibilityVerdictView,
    members: readonly MemberRow[],
    scores: readonly ScoreRow[],
  ): OwnBid {
    const published = tender.resultPublishedAt !== null;
    return {
      id: bid.id,
      tenderId: bid.tenderId,
      priceFen: bid.priceFen,
      team: bid.team,
      plan: bid.plan,
      submittedAt: bid.submittedAt.toISOString(),
      withdrawnAt: bid.withdrawnAt?.toISOString() ?? null,
      withdrawalReason: bid.withdrawalReason,
      canWithdraw: bid.withdrawnAt === null && tender.status === 'open' && biddable(tender),
      eligibility: verdict,
      won: published ? tender.awardedBidId === bid.id : null,
      scores: published
        ? scoreOf(
            tender.criteria,
            members,
            scores.filter((s) => s.bidId === bid.id),
          )
        : null,
    };
  }

  // ── The purchasing department ──────────────────────────────────────────────────────────

  async function publish(actor: Actor, input: CreateTender): Promise<TenderDetail> {
    if (!isPurchaser(actor)) throw forbidden();
    const problems: RuleProblem[] = [];
    if (input.deadline < today())
      problems.push({
        field: 'deadline',
        message: {
          'zh-CN': '投标截止日期不能早于今天',
          'en-US': 'The deadline cannot be in the past',
        },
      });
    refuseProblems(problems);
    const id = await withScope(database, actor, async (tx) => {
      const project = await projects.loadInScope(tx, actor, input.projectId);
      if (project.asProvider) throw forbidden();
      const now = clock();
      const row = {
        id: newId(),
        projectId: project.id,
        regionCode: project.regionCode,
        projectCode: project.code,
        projectTitle: project.title,
        budgetFen: project.budgetFen,
        serviceFields: project.serviceFields,
        termStart: project.termStart,
        termEnd: project.termEnd,
        status: 'open',
        notice: input.notice,
        opensOn: input.opensOn,
        deadline: input.deadline,
        rules: { ...input.rules, serviceFields: [...new Set(input.rules.serviceFields)] },
        criteria: input.criteria,
        publishedBy: actor.accountId,
        publishedByName: actor.realName,
        publishedAt: now,
        createdAt: now,
        updatedAt: now,
      } satisfies typeof tenders.$inferInsert;
      // The project moves first: it refuses anything but a set-up project (已立项).
      await projects.move(tx, actor, project.id, 'tendering', { version: input.projectVersion });
      await tx.insert(tenders).values(row);
      await recordAudit(tx, actor, {
        action: 'create',
        entityType: tenderEntityType,
        entityId: row.id,
        regionCode: row.regionCode,
        detail: auditNote('tender_published', { deadline: row.deadline }),
      });
      return row.id;
    });
    return get(actor, id);
  }

  async function list(actor: Actor, projectId: string): Promise<TenderList> {
    return withScope(database, actor, async (tx) => {
      await projects.loadInScope(tx, actor, projectId);
      const rows = await tx
        .select()
        .from(tenders)
        .where(and(eq(tenders.projectId, projectId), inRegionScope(tenders.regionCode, actor)))
        .orderBy(asc(tenders.publishedAt));
      const counts = await tx
        .select({ tenderId: tenderBids.tenderId, n: sql<number>`count(*)::int` })
        .from(tenderBids)
        .where(
          and(
            isAnyOf(
              tenderBids.tenderId,
              rows.map((r) => r.id),
            ),
            inRegionScope(tenderBids.regionCode, actor),
            isNull(tenderBids.withdrawnAt),
          ),
        )
        .groupBy(tenderBids.tenderId);
      const winners = await winnersOf(tx, rows);
      return {
        items: rows.map((r) => ({
          id: r.id,
          status: r.status as TenderStatus,
          opensOn: r.opensOn,
          deadline: r.deadline,
          bids: counts.find((c) => c.tenderId === r.id)?.n ?? 0,
          awardedOrganisationName: winners.get(r.awardedBidId ?? '')?.name ?? null,
          failedReason: r.failedReason,
          publishedAt: r.publishedAt.toISOString(),
        })),
      };
    });
  }

  async function loadWork(tx: Transaction, actor: Actor, id: string, lock = false) {
    const row = await loadRow(tx, actor, id, lock);
    const [bids, members, scores] = await Promise.all([
      tx
        .select()
        .from(tenderBids)
        .where(and(eq(tenderBids.tenderId, id), inRegionScope(tenderBids.regionCode, actor)))
        .orderBy(asc(tenderBids.submittedAt), asc(tenderBids.id)),
      tx
        .select()
        .from(tenderPanelMembers)
        .where(eq(tenderPanelMembers.tenderId, id))
        .orderBy(asc(tenderPanelMembers.position)),
      tx.select().from(tenderScores).where(eq(tenderScores.tenderId, id)),
    ]);
    return { row, bids, members, scores };
  }

  type Work = Awaited<ReturnType<typeof loadWork>>;

  /** Every bid with its verdict, scores, total and place among the eligible bids fully scored. */
  async function assess(actor: Actor, work: Work) {
    const verdicts = await verdictsOf([work.row], work.bids, actor.request.language);
    const assessed = work.bids.map((bid) => {
      const { verdict, view } = verdicts.get(bid.id)!;
      const scores = work.scores.filter((s) => s.bidId === bid.id);
      return { bid, verdict, view, scores, ...scoreOf(work.row.criteria, work.members, scores) };
    });
    const ranked = assessed
      .filter((a) => a.bid.withdrawnAt === null && a.verdict.eligible && a.total !== null)
      .sort(
        (a, b) =>
          b.total! - a.total! ||
          a.bid.priceFen - b.bid.priceFen ||
          a.bid.submittedAt.getTime() - b.bid.submittedAt.getTime(),
      );
    const rankOf = new Map(ranked.map((a, i) => [a.bid.id, i + 1]));
    return { assessed, rankOf, top: ranked[0] ?? null };
  }

  async function purchaserView(actor: Actor, id: string): Promise<TenderDetail> {
    const work = await withScope(database, actor, (tx) => loadWork(tx, actor, id));
    const { assessed, rankOf, top } = await assess(actor, work);
    const [notice] = await withWinners(actor, [work.row]);
    const winner = assessed.find((a) => a.bid.id === work.row.awardedBidId);
    if (assessed.length > 0)
      await withScope(database, actor, (tx) =>
        recordAudit(tx, actor, {
          action: 'read',
          entityType: tenderEntityType,
          entityId: work.row.id,
          regionCode: work.row.regionCode,
          detail: auditNote('tender_bids_read', { bids: assessed.length }),
        }),
      );
    const open = work.row.status === 'open';
    return {
      ...notice!,
      asBidder: false,
      publishedByName: work.row.publishedByName,
      panel: work.members.map((m) => ({ id: m.id, name: m.name, unit: m.unit })),
      bids: assessed.map((a): TenderBid => ({
        id: a.bid.id,
        organisationId: a.bid.organisationId,
        organisationName: a.bid.organisationName,
        priceFen: a.bid.priceFen,
        team: a.bid.team,
        plan: a.bid.plan,
        submittedAt: a.bid.submittedAt.toISOString(),
        submittedByName: a.bid.submittedByName,
        withdrawnAt: a.bid.withdrawnAt?.toISOString() ?? null,
        withdrawalReason: a.bid.withdrawalReason,
        eligibility: a.view,
        scores: a.scores.map((s) => ({
          memberId: s.memberId,
          criterion: s.criterion,
          points: s.points,
        })),
        criteria: a.criteria,
        total: a.total,
        rank: rankOf.get(a.bid.id) ?? null,
      })),
      topBidId: top?.bid.id ?? null,
      award:
        winner && work.row.awardedAt
          ? {
              bidId: winner.bid.id,
              organisationId: winner.bid.organisationId,
              organisationName: winner.bid.organisationName,
              reason: work.row.awardReason,
              awardedByName: work.row.awardedByName ?? '',
              awardedAt: work.row.awardedAt.toISOString(),
            }
          : null,
      ownBids: [],
      can: { manage: open && actor.permissions.has('tenders:manage'), bid: false },
    };
  }

  async function bidderView(actor: Actor, id: string): Promise<TenderDetail> {
    const organisationId = organisationOf(actor);
    const row = await publicRow(id);
    const { bids, members, scores } = await ownBidsOf(actor, organisationId, [row]);
    const verdicts = await verdictsOf([row], bids, actor.request.language);
    const [notice] = await withWinners(actor, [row]);
    const own = bids.map((b) => ownView(row, b, verdicts.get(b.id)!.view, members, scores));
    return {
      ...notice!,
      asBidder: true,
      publishedByName: row.publishedByName,
      panel: [],
      bids: [],
      topBidId: null,
      award: null,
      ownBids: own,
      can: {
        manage: false,
        bid: row.status === 'open' && !bids.some((b) => b.withdrawnAt === null) && biddable(row),
      },
    };
  }

  const biddable = (row: TenderRow) => row.opensOn <= today() && today() <= row.deadline;

  /**
   * The organisation's own bids on the tenders named, with — once a tender's result is out —
   * its own scores only; reading those scores is audited.
   */
  async function ownBidsOf(actor: Actor, organisationId: string, rows: readonly TenderRow[]) {
    return withScope(database, actor, async (tx) => {
      const bids = await tx
        .select()
        .from(tenderBids)
        .where(
          and(
            eq(tenderBids.organisationId, organisationId),
            isAnyOf(
              tenderBids.tenderId,
              rows.map((r) => r.id),
            ),
          ),
        )
        .orderBy(asc(tenderBids.submittedAt));
      const published = bids.filter(
        (b) => rows.find((r) => r.id === b.tenderId)?.resultPublishedAt !== null,
      );
      if (published.length === 0) return { bids, members: [], scores: [] };
      const scores = await tx
        .select()
        .from(tenderScores)
        .where(
          isAnyOf(
            tenderScores.bidId,
            published.map((b) => b.id),
          ),
        );
      // Panel members are named by the tender's division only; a bidder counts them by its scores.
      const members = [...new Set(scores.map((s) => `${s.tenderId}:${s.memberId}`))].map(
        (key) =>
          ({
            id: key.split(':')[1]!,
            tenderId: key.split(':')[0]!,
          }) as MemberRow,
      );
      await recordAudit(tx, actor, {
        action: 'read',
        entityType: bidEntityType,
        entityId: published[0]!.id,
        regionCode: actor.regionCode,
        detail: auditNote('tender_own_scores_read', { bids: published.length }),
      });
      return { bids, members, scores };
    });
  }

  async function get(actor: Actor, id: string): Promise<TenderDetail> {
    if (isPurchaser(actor)) return purchaserView(actor, id);
    if (actor.permissions.has('tenders:bid')) return bidderView(actor, id);
    throw forbidden();
  }

  async function setPanel(actor: Actor, id: string, input: TenderPanelInput) {
    await withScope(database, actor, async (tx) => {
      const row = await loadRow(tx, actor, id, true);
      if (row.status !== 'open') throw closed(row.status);
      if (row.version !== input.version) throw new AppError('VERSION_CONFLICT');
      const [scored] = await tx
        .select({ id: tenderScores.id })
        .from(tenderScores)
        .where(eq(tenderScores.tenderId, id))
        .limit(1);
      if (scored)
        throw conflict(
          {
            'zh-CN': '已录入评分，不能再更换评审小组',
            'en-US': 'Scores have been entered: the panel cannot change',
          },
          [{ path: 'body.members', message: { 'zh-CN': '已有评分', 'en-US': 'Scored already' } }],
        );
      await tx.delete(tenderPanelMembers).where(eq(tenderPanelMembers.tenderId, id));
      await tx.insert(tenderPanelMembers).values(
        input.members.map((m, position) => ({
          id: newId(),
          tenderId: id,
          regionCode: row.regionCode,
          position,
          name: m.name,
          unit: m.unit,
        })),
      );
      await bump(tx, row);
      await recordAudit(tx, actor, {
        action: 'update',
        entityType: tenderEntityType,
        entityId: id,
        regionCode: row.regionCode,
        detail: auditNote('tender_panel_set', { members: input.members.length }),
      });
    });
    return get(actor, id);
  }

  async function bump(tx: Transaction, row: TenderRow, fields: Partial<TenderRow> = {}) {
    const [after] = await tx
      .update(tenders)
      .set({ ...fields, version: sql`${tenders.version} + 1`, updatedAt: clock() })
      .where(and(eq(tenders.id, row.id), eq(tenders.version, row.version)))
      .returning();
    if (!after) throw new AppError('VERSION_CONFLICT');
    return after;
  }

  async function enterScores(actor: Actor, id: string, sheet: TenderScoreSheet) {
    await withScope(database, actor, async (tx) => {
      const { row, bids, members } = await loadWork(tx, actor, id, true);
      if (row.status !== 'open') throw closed(row.status);
      if (row.version !== sheet.version) throw new AppError('VERSION_CONFLICT');
      const member = members.find((m) => m.id === sheet.memberId);
      const problems: RuleProblem[] = [];
      if (!member)
        problems.push({
          field: 'memberId',
          message: {
            'zh-CN': '评分人须是本次招标评审小组的成员',
            'en-US': 'The scorer must be on this tender’s panel',
          },
        });
      const seen = new Set<string>();
      sheet.scores.forEach((s, i) => {
        const criterion = row.criteria.find((c) => c.code === s.criterion);
        const scored = bids.find((b) => b.id === s.bidId);
        if (!scored)
          problems.push({
            field: `scores.${i}.bidId`,
            message: { 'zh-CN': '不是本次招标的投标', 'en-US': 'Not a bid of this tender' },
          });
        else if (scored.withdrawnAt !== null)
          problems.push({
            field: `scores.${i}.bidId`,
            message: withdrawnBid,
          });
        if (!criterion)
          problems.push({
            field: `scores.${i}.criterion`,
            message: {
              'zh-CN': `评分标准「${s.criterion}」不在本次招标的评分标准中`,
              'en-US': `“${s.criterion}” is not one of the tender’s criteria`,
            },
          });
        else if (s.points > criterion.weight)
          problems.push({
            field: `scores.${i}.points`,
            message: {
              'zh-CN': `「${criterion.name}」最高 ${criterion.weight} 分`,
              'en-US': `“${criterion.name}” is worth at most ${criterion.weight} points`,
            },
          });
        const key = `${s.bidId}:${s.criterion}`;
        if (seen.has(key))
          problems.push({
            field: `scores.${i}`,
            message: {
              'zh-CN': '同一投标的同一评分标准只能打一次分',
              'en-US': 'One score per bid and criterion',
            },
          });
        seen.add(key);
      });
      refuseProblems(problems);
      await tx
        .delete(tenderScores)
        .where(and(eq(tenderScores.tenderId, id), eq(tenderScores.memberId, sheet.memberId)));
      await tx.insert(tenderScores).values(
        sheet.scores.map((s) => ({
          id: newId(),
          tenderId: id,
          bidId: s.bidId,
          memberId: sheet.memberId,
          regionCode: row.regionCode,
          criterion: s.criterion,
          points: s.points,
        })),
      );
      await bump(tx, row);
      await recordAudit(tx, actor, {
        action: 'update',
        entityType: tenderEntityType,
        entityId: id,
        regionCode: row.regionCode,
        detail: auditNote('tender_scores_entered', {
          member: member!.name,
          scores: sheet.scores.length,
        }),
      });
    });
    return get(actor, id);
  }

  /**
   * 确定中标: only an eligible bid wins, once the panel has scored every eligible bid; another
   * than the top-scored eligible bid needs a reason. The result is published with it and the
   * project moves to 已中标 naming its provider — in one transaction with the audit.
   */
  async function award(actor: Actor, id: string, input: TenderAward) {
    // The request's unit of work holds the lock from here to the answer.
    const work = await withScope(database, actor, (tx) => loadWork(tx, actor, id, true));
    const { row } = work;
    if (row.status !== 'open') throw closed(row.status);
    if (row.version !== input.version) throw new AppError('VERSION_CONFLICT');
    const { assessed, top } = await assess(actor, work);
    const chosen = assessed.find((a) => a.bid.id === input.bidId);
    if (!chosen)
      throw new AppError('VALIDATION_FAILED', { fields: 'body.bidId' }, [
        {
          path: 'body.bidId',
          message: { 'zh-CN': '不是本次招标的投标', 'en-US': 'Not a bid of this tender' },
        },
      ]);
    if (chosen.bid.withdrawnAt !== null)
      throw conflict(withdrawnBid, [{ path: 'body.bidId', message: withdrawnBid }]);
    if (!chosen.verdict.eligible) {
      const failed = (language: Language) =>
        chosen.view.checks
          .filter((c) => !c.passed)
          .map((c) => `${c.label}：${c.text}`)
          .join(language === 'zh-CN' ? '；' : '; ');
      const zh = failed('zh-CN');
      throw conflict(
        {
          'zh-CN': `${chosen.bid.organisationName}不符合投标资格，不能中标（${zh}）`,
          'en-US': `${chosen.bid.organisationName} is not eligible and cannot win (${zh})`,
        },
        [
          {
            path: 'body.bidId',
            message: { 'zh-CN': '不符合投标资格', 'en-US': 'Not eligible' },
          },
        ],
      );
    }
    const unscored = assessed.filter(
      (a) => a.bid.withdrawnAt === null && a.verdict.eligible && a.total === null,
    );
    if (unscored.length > 0)
      throw conflict(
        {
          'zh-CN': `评分尚未完成：评审小组每位成员须为每份合格投标的每项标准打分（${unscored.map((a) => a.bid.organisationName).join('、')}）`,
          'en-US': `Scoring is not complete: every panel member scores every criterion of every eligible bid (${unscored.map((a) => a.bid.organisationName).join(', ')})`,
        },
        [{ path: 'body.bidId', message: { 'zh-CN': '评分未完成', 'en-US': 'Not fully scored' } }],
      );
    const reason = input.reason.trim() || null;
    const notTop = top !== null && top.bid.id !== chosen.bid.id;
    if (notTop && (!reason || reason.length < 2))
      refuseProblems([
        {
          field: 'reason',
          message: {
            'zh-CN': `中标的不是评分最高的合格投标（最高为${top.bid.organisationName} ${top.total} 分），须说明理由`,
            'en-US': `The winner is not the top-scored eligible bid (${top.bid.organisationName}, ${top.total}): give a reason`,
          },
        },
      ]);
    const facts = (await organisations.tenderFactsOf([chosen.bid.organisationId])).get(
      chosen.bid.organisationId,
    )!;
    await withScope(database, actor, async (tx) => {
      const now = clock();
      const after = await bump(tx, row, {
        status: 'awarded',
        awardedBidId: chosen.bid.id,
        awardReason: reason,
        awardedBy: actor.accountId,
        awardedByName: actor.realName,
        awardedAt: now,
        resultPublishedAt: now,
      });
      await projects.move(tx, actor, row.projectId, 'awarded', {
        provider: {
          organisationId: chosen.bid.organisationId,
          name: chosen.bid.organisationName,
          regionCode: facts.regionCode,
        },
      });
      await recordAudit(tx, actor, {
        action: 'update',
        entityType: tenderEntityType,
        entityId: id,
        regionCode: row.regionCode,
        changes: changedFields(row, after),
        detail:
          notTop && reason
            ? auditNote('tender_awarded_with_reason', {
                organisation: chosen.bid.organisationName,
                reason,
              })
            : auditNote('tender_awarded', { organisation: chosen.bid.organisationName }),
      });
    });
    return get(actor, id);
  }

  /** 流标: the tender fails with a reason, the result is published, the project is set up again. */
  async function fail(actor: Actor, id: string, input: TenderFail) {
    await withScope(database, actor, async (tx) => {
      const row = await loadRow(tx, actor, id, true);
      if (row.status !== 'open') throw closed(row.status);
      if (row.version !== input.version) throw new AppError('VERSION_CONFLICT');
      const now = clock();
      const after = await bump(tx, row, {
        status: 'failed',
        failedReason: input.reason,
        resultPublishedAt: now,
      });
      await projects.move(tx, actor, row.projectId, 'approved', { reason: input.reason });
      await recordAudit(tx, actor, {
        action: 'update',
        entityType: tenderEntityType,
        entityId: id,
        regionCode: row.regionCode,
        changes: changedFields(row, after),
        detail: auditNote('tender_failed', { reason: input.reason }),
      });
    });
    return get(actor, id);
  }

  // ── Bidders ─────────────────────────────────────────────────────────────────────────────

  /** 招标公告: tenders open for bids today, in every region (announcements are public). */
  async function openTenders(actor: Actor): Promise<{ items: OpenTender[] }> {
    const organisationId = organisationOf(actor);
    const rows = await withSystemScope(database, (tx) =>
      tx
        .select()
        .from(tenders)
        .where(and(eq(tenders.status, 'open'), gte(tenders.deadline, today())))
        .orderBy(asc(tenders.deadline), asc(tenders.id))
        .limit(200),
    );
    const own = await withScope(database, actor, (tx) =>
      rows.length === 0
        ? Promise.resolve([])
        : tx
            .select({ id: tenderBids.id, tenderId: tenderBids.tenderId })
            .from(tenderBids)
            .where(
              and(
                eq(tenderBids.organisationId, organisationId),
                isAnyOf(
                  tenderBids.tenderId,
                  rows.map((r) => r.id),
                ),
                isNull(tenderBids.withdrawnAt),
              ),
            ),
    );
    const notices = await noticesOf(actor, rows);
    return {
      items: notices.map((n) => ({
        ...n,
        ownBidId: own.find((b) => b.tenderId === n.id)?.id ?? null,
      })),
    };
  }

  /**
   * 投标: for the administrator's own organisation, on an open tender before its deadline, at a
   * price within the budget, with a team of workers the organisation employs (their certificate
   * levels as the registry holds them now). Eligibility is not asked for here: it is computed.
   */
  async function submitBid(actor: Actor, tenderId: string, input: SubmitBid): Promise<OwnBid> {
    const organisationId = organisationOf(actor);
    const row = await publicRow(tenderId);
    if (row.status !== 'open') throw closed(row.status);
    const day = today();
    if (day > row.deadline)
      throw conflict(
        {
          'zh-CN': `投标截止日期（${row.deadline}）已过，不能再投标`,
          'en-US': `The deadline (${row.deadline}) has passed: no more bids`,
        },
        [{ path: 'body', message: { 'zh-CN': '已过投标截止日期', 'en-US': 'Past the deadline' } }],
      );
    if (day < row.opensOn)
      throw conflict(
        {
          'zh-CN': `招标自 ${row.opensOn} 起接受投标`,
          'en-US': `Bids are taken from ${row.opensOn}`,
        },
        [{ path: 'body', message: { 'zh-CN': '尚未开始投标', 'en-US': 'Not open yet' } }],
      );
    const problems: RuleProblem[] = [];
    if (input.priceFen > row.budgetFen)
      problems.push({
        field: 'priceFen',
        message: {
          'zh-CN': `投标报价不能超过项目预算（${yuan(row.budgetFen)} 元）`,
          'en-US': `The price cannot exceed the budget (${yuan(row.budgetFen)} yuan)`,
        },
      });
    const wanted = [...new Set(input.team)];
    const staff = await talent.staffOf(actor, organisationId, wanted);
    const strangers = wanted.filter((w) => !staff.some((s) => s.workerId === w));
    if (strangers.length > 0)
      problems.push({
        field: 'team',
        message: {
          'zh-CN': `团队成员须是本机构在职的社工（${strangers.length} 人不是）`,
          'en-US': `The team must be workers the organisation employs (${strangers.length} are not)`,
        },
      });
    refuseProblems(problems);
    const facts = (await organisations.tenderFactsOf([organisationId])).get(organisationId);
    if (!facts) throw forbidden();
    const team: BidTeamMember[] = staff.map((s) => ({
      workerId: s.workerId,
      name: s.name,
      certificateLevel: s.certificateLevel,
    }));
    const bid = await withScope(database, actor, async (tx) => {
      const [already] = await tx
        .select({ id: tenderBids.id })
        .from(tenderBids)
        .where(
          and(
            eq(tenderBids.tenderId, row.id),
            eq(tenderBids.organisationId, organisationId),
            isNull(tenderBids.withdrawnAt),
          ),
        );
      if (already)
        throw conflict(
          {
            'zh-CN': '本机构已对该招标投标，不能重复投标',
            'en-US': 'Your organisation has bid on this tender already',
          },
          [{ path: 'body', message: { 'zh-CN': '已投标', 'en-US': 'Bid already' } }],
        );
      const values = {
        id: newId(),
        tenderId: row.id,
        regionCode: row.regionCode,
        organisationId,
        organisationName: facts.name,
        bidderRegionCode: actor.regionCode,
        priceFen: input.priceFen,
        team,
        plan: input.plan,
        submittedBy: actor.accountId,
        submittedByName: actor.realName,
        submittedAt: clock(),
      } satisfies typeof tenderBids.$inferInsert;
      const [inserted] = await tx.insert(tenderBids).values(values).returning();
      await recordAudit(tx, actor, {
        action: 'create',
        entityType: bidEntityType,
        entityId: values.id,
        regionCode: actor.regionCode,
        detail: auditNote('tender_bid_submitted', {
          organisation: facts.name,
          price: yuan(values.priceFen),
        }),
      });
      return inserted!;
    });
    const verdicts = await verdictsOf([row], [bid], actor.request.language);
    return ownView(row, bid, verdicts.get(bid.id)!.view, [], []);
  }

  /**
   * The organisation's bids, newest first — a withdrawn one too (已撤回) — each with its tender
   * and (after the result) its scores.
   */
  async function myBids(actor: Actor): Promise<{ items: MyBid[] }> {
    const organisationId = organisationOf(actor);
    const ids = await withScope(database, actor, (tx) =>
      tx
        .select({ id: tenderBids.id, tenderId: tenderBids.tenderId })
        .from(tenderBids)
        .where(eq(tenderBids.organisationId, organisationId))
        .orderBy(sql`${tenderBids.submittedAt} desc`)
        .limit(200),
    );
    if (ids.length === 0) return { items: [] };
    const rows = await withSystemScope(database, (tx) =>
      tx
        .select()
        .from(tenders)
        .where(isAnyOf(tenders.id, [...new Set(ids.map((i) => i.tenderId))])),
    );
    const { bids, members, scores } = await ownBidsOf(actor, organisationId, rows);
    const verdicts = await verdictsOf(rows, bids, actor.request.language);
    const notices = await withWinners(actor, rows);
    return {
      items: ids
        .map(({ id, tenderId }) => {
          const tender = rows.find((r) => r.id === tenderId)!;
          const bid = bids.find((b) => b.id === id)!;
          return {
            ...ownView(
              tender,
              bid,
              verdicts.get(bid.id)!.view,
              members.filter((m) => m.tenderId === tenderId),
              scores,
            ),
            tender: notices.find((n) => n.id === tenderId)!,
          };
        })
        .filter((b) => b.tender),
    };
  }

  /**
   * 撤回投标: the bidder's own bid, before the tender's deadline, with a reason — kept in the
   * record as 已撤回, never scored, ranked or awarded; the organisation may bid again.
   */
  async function withdrawBid(
    actor: Actor,
    tenderId: string,
    bidId: string,
    input: WithdrawBid,
  ): Promise<OwnBid> {
    const organisationId = organisationOf(actor);
    const row = await publicRow(tenderId);
    if (row.status !== 'open') throw closed(row.status);
    if (today() > row.deadline)
      throw conflict(
        {
          'zh-CN': `投标截止日期（${row.deadline}）已过，不能再撤回投标`,
          'en-US': `The deadline (${row.deadline}) has passed: the bid cannot be withdrawn`,
        },
        [{ path: 'body', message: { 'zh-CN': '已过投标截止日期', 'en-US': 'Past the deadline' } }],
      );
    const bid = await withScope(database, actor, async (tx) => {
      const [before] = await tx
        .select()
        .from(tenderBids)
        .where(
          and(
            eq(tenderBids.id, bidId),
            eq(tenderBids.tenderId, tenderId),
            eq(tenderBids.organisationId, organisationId),
          ),
        )
        .for('update');
      if (!before) throw notFound({ 'zh-CN': '投标', 'en-US': 'Bid' });
      if (before.withdrawnAt !== null)
        throw conflict({ 'zh-CN': '该投标已撤回', 'en-US': 'The bid was withdrawn already' }, [
          { path: 'body', message: { 'zh-CN': '已撤回', 'en-US': 'Withdrawn' } },
        ]);
      const [after] = await tx
        .update(tenderBids)
        .set({
          withdrawnAt: clock(),
          withdrawnBy: actor.accountId,
          withdrawnByName: actor.realName,
          withdrawalReason: input.reason,
        })
        .where(and(eq(tenderBids.id, bidId), isNull(tenderBids.withdrawnAt)))
        .returning();
      await recordAudit(tx, actor, {
        action: 'update',
        entityType: bidEntityType,
        entityId: bidId,
        regionCode: actor.regionCode,
        changes: changedFields(
          { withdrawnAt: null, withdrawalReason: null },
          { withdrawnAt: after!.withdrawnAt, withdrawalReason: after!.withdrawalReason },
        ),
        detail: auditNote('tender_bid_withdrawn', {
          organisation: before.organisationName,
          reason: input.reason,
        }),
      });
      return after!;
    });
    const verdicts = await verdictsOf([row], [bid], actor.request.language);
    return ownView(row, bid, verdicts.get(bid.id)!.view, [], []);
  }

  /** The workers the bidder's organisation employs today: whom a bid's team may name. */
  async function bidderStaff(actor: Actor) {
    const staff = await talent.staffOf(actor, organisationOf(actor));
    return { items: staff };
  }

  /**
   * The award of each project's tender, in `tx` under the caller's scope: the winning bid and
   * its price (中标价), which the contract starts from and may not exceed. A project without an
   * awarded tender is missing from the map. One query for a batch (the contract import's).
   */
  async function awardsOf(tx: Transaction, actor: Actor, projectIds: readonly string[]) {
    const awards = new Map<string, { bidId: string; organisationId: string; priceFen: number }>();
    if (projectIds.length === 0) return awards;
    const found = await tx
      .select({
        projectId: tenders.projectId,
        bidId: tenderBids.id,
        organisationId: tenderBids.organisationId,
        priceFen: tenderBids.priceFen,
      })
      .from(tenders)
      .innerJoin(tenderBids, eq(tenderBids.id, tenders.awardedBidId))
      .where(
        and(
          isAnyOf(tenders.projectId, [...projectIds]),
          eq(tenders.status, 'awarded'),
          inRegionScope(tenders.regionCode, actor),
        ),
      )
      .orderBy(asc(tenders.awardedAt));
    // A project awarded twice (a later tender after a terminated contract) takes the latest.
    for (const { projectId, ...award } of found) awards.set(projectId, award);
    return awards;
  }

  return {
    awardsOf,
    publish,
    list,
    get,
    setPanel,
    enterScores,
    award,
    fail,
    openTenders,
    submitBid,
    withdrawBid,
    myBids,
    bidderStaff,
  };
}

export type TenderService = ReturnType<typeof createTenderService>;
