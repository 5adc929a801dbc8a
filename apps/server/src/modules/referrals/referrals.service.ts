import { and, desc, eq, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import {
  ageOn,
  auditNote,
  chinaToday,
  clientAgeBands,
  guardianConsentAge,
  maskName,
  regionContains,
  type LocalizedText,
  type Referral,
  type ReferralDetail,
  type ReferralListQuery,
  type ReferralSummary,
  type ReferralSide,
  type ReferralStep,
  type SendReferral,
} from '@shegong/domain';
import type { Database, Transaction } from '../../db/connection';
import { newId } from '../../db/ids';
import { organisationOf, type Actor } from '../../platform/access/actor';
import { inRegionScope, withScope } from '../../platform/access/region-scope';
import { recordAudit } from '../../platform/audit/audit';
import { writeVersioned } from '../../platform/audit/versioned-write';
import type { Clock } from '../../platform/clock';
import type { DeadlineService } from '../../platform/deadlines/deadlines.service';
import { AppError, conflict, invalidField, notFound } from '../../platform/errors/app-error';
import { idCursor } from '../../platform/http/keyset-cursor';
import type { CaseworkOffer } from '../casework';
import type { ClientService } from '../clients';
import type { DivisionService } from '../divisions';
import type { OrganisationDirectory } from '../organisations';
import { stationInScope } from '../stations';
import { answerDeadline, referralDeadlines, reportDeadline } from './referral-deadlines';
import { referrals } from './referrals.table';

export const referralEntity = { 'zh-CN': '转介', 'en-US': 'Referral' } as const;
const entityType = 'referral';

export type ReferralRow = typeof referrals.$inferSelect;

interface Deps {
  database: Database;
  clock: Clock;
  deadlines: DeadlineService;
  clients: Pick<ClientService, 'loadServed' | 'sharingConsent'>;
  organisations: Pick<OrganisationDirectory, 'activeNamesVisible'>;
  divisions: Pick<DivisionService, 'describeRegions' | 'get'>;
  /** The case work module: the sending case, and the referral and its result on its timeline. */
  cases: Pick<CaseworkOffer, 'loadWorkable' | 'recordReferralEvent'>;
}

const openStatuses = ['pending', 'accepted'];

/** The sender answers for a department (the platform holds no account of it); else the receiver. */
const answerSideOf = (row: ReferralRow): ReferralSide =>
  row.receiverKind === 'department' ? 'sender' : 'receiver';

/** The side whose case (个案) the referral belongs to: the sender's, or the station's on a return. */
const caseSideOf = (row: ReferralRow): ReferralSide =>
  row.direction === 'back_to_station' ? 'receiver' : 'sender';

const message = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, 'en-US': en });

const onlyReceiverAnswers = message(
  '只有接收方可以答复和反馈该转介',
  'Only the receiver answers and reports back on this referral',
);

export function createReferralService({
  database,
  clock,
  deadlines,
  clients,
  organisations,
  divisions,
  cases,
}: Deps) {
  const today = () => chinaToday(clock());

  /** Referrals the actor's organisation sent or receives, in the actor's scope. */
  function visibleTo(actor: Actor): SQL {
    const organisationId = organisationOf(actor);
    return and(
      inRegionScope(referrals.regionCode, actor),
      or(
        eq(referrals.senderOrganisationId, organisationId),
        eq(referrals.receiverOrganisationId, organisationId),
      ),
    )!;
  }

  const sideOf = (actor: Actor, row: ReferralRow): ReferralSide =>
    row.senderOrganisationId === actor.organisationId ? 'sender' : 'receiver';

  /** Past a deadline now: the answer while waiting, the result once accepted. */
  function isOverdue(row: ReferralRow, now: Date): boolean {
    const due =
      row.status === 'pending'
        ? row.answerDueAt
        : row.status === 'accepted'
          ? row.reportDueAt
          : null;
    return due !== null && due.getTime() < now.getTime();
  }

  function overdueNow(now: Date): SQL {
    return or(
      and(eq(referrals.status, 'pending'), lt(referrals.answerDueAt, now)),
      and(eq(referrals.status, 'accepted'), lt(referrals.reportDueAt, now)),
    )!;
  }

  async function loadVisible(tx: Transaction, actor: Actor, id: string): Promise<ReferralRow> {
    const [row] = await tx
      .select()
      .from(referrals)
      .where(and(eq(referrals.id, id), visibleTo(actor)));
    if (!row) throw notFound(referralEntity);
    return row;
  }

  /**
   * Whether the client withdrew the sharing consent the referral rests on (none naming the
   * receiver is active any more): the receiver then sees no more than before accepting.
   */
  async function consentWithdrawn(tx: Transaction, row: ReferralRow): Promise<boolean> {
    if (row.consentBasis !== 'sharing_consent' || !row.receiverOrganisationId) return false;
    return (await clients.sharingConsent(tx, row.clientId, row.receiverOrganisationId)) === null;
  }

  /**
   * Referrals as the reader sees them. The sender sees all of it. The receiver sees what the
   * referral shares while it may answer or work on it, the client's name masked until it accepts
   * (and in lists, which show whose record it is, masked); once it refused, or the sender
   * revoked, or the client withdrew the consent, only that it was.
   */
  async function present(
    actor: Actor,
    rows: ReferralRow[],
    options: { detail: boolean; withdrawn?: boolean } = { detail: false },
  ): Promise<Referral[]> {
    const now = clock();
    const regions = await divisions.describeRegions(
      [
        ...new Set(
          rows.flatMap((r) => [
            r.regionCode,
            ...(r.receiverRegionCode ? [r.receiverRegionCode] : []),
          ]),
        ),
      ],
      actor.request.language,
    );
    const works = actor.permissions.has('referrals:work');
    return rows.map((row) => {
      const side = sideOf(actor, row);
      const withdrawn = options.withdrawn ?? false;
      const worksOn = ['pending', 'accepted', 'done'].includes(row.status) && !withdrawn;
      const identityShared =
        side === 'sender' ||
        (options.detail && ['accepted', 'done'].includes(row.status) && !withdrawn);
      const contentShown = side === 'sender' || worksOn;
      const answers = works && answerSideOf(row) === side;
      return {
        id: row.id,
        direction: row.direction as Referral['direction'],
        returnOf: row.returnOf,
        status: row.status as Referral['status'],
        side,
        client: {
          id: row.clientId,
          name: identityShared ? row.clientName : maskName(row.clientName),
          sex: row.clientSex as Referral['client']['sex'],
          age: row.clientAge,
          ageBand: row.clientAgeBand as Referral['client']['ageBand'],
          minor: row.clientMinor,
          regionCode: row.regionCode,
          regionName: regions.get(row.regionCode) ?? row.regionCode,
        },
        identityShared,
        caseId: caseSideOf(row) === side ? row.caseId : null,
        sender: {
          organisationId: row.senderOrganisationId,
          organisationName: row.senderOrganisationName,
          stationId: row.senderStationId,
          stationName: row.senderStationName,
          workerName: row.sentByName,
        },
        receiver: {
          kind: row.receiverKind as Referral['receiver']['kind'],
          organisationId: row.receiverOrganisationId,
          name: row.receiverName,
          regionCode: row.receiverRegionCode,
          regionName: row.receiverRegionCode
            ? (regions.get(row.receiverRegionCode) ?? row.receiverRegionCode)
            : null,
          stationId: row.receiverStationId,
          stationName: row.receiverStationName,
        },
        serviceField: row.serviceField as Referral['serviceField'],
        reason: contentShown ? row.referralReason : null,
        sharedSummary: contentShown && options.detail ? row.sharedSummary : null,
        consent: {
          basis: row.consentBasis as Referral['consent']['basis'],
          overrideReason: row.consentOverrideReason,
          overriddenByName: row.consentOverriddenByName,
          givenBy: row.consentGivenBy as Referral['consent']['givenBy'],
          givenOn: row.consentGivenOn,
          withdrawn,
        },
        sentAt: row.sentAt.toISOString(),
        answeredAt: row.answeredAt?.toISOString() ?? null,
        answeredByName: row.answeredByName,
        answeredOnBehalf: row.receiverKind === 'department',
        acceptNote: contentShown ? row.acceptNote : null,
        refusalReason: row.refusalReason,
        doneAt: row.doneAt?.toISOString() ?? null,
        doneByName: row.doneByName,
        result: options.detail && (side === 'sender' || !withdrawn) ? row.resultNote : null,
        revokedAt: row.revokedAt?.toISOString() ?? null,
        revokedByName: row.revokedByName,
        revokeReason: row.revokeReason,
        answerDueAt: row.answerDueAt?.toISOString() ?? null,
        reportDueAt: row.reportDueAt?.toISOString() ?? null,
        overdue: isOverdue(row, now),
        version: row.version,
        can: {
          accept: answers && row.status === 'pending' && !withdrawn,
          refuse: answers && row.status === 'pending',
          complete: answers && row.status === 'accepted',
          revoke: works && side === 'sender' && openStatuses.includes(row.status),
          returnBack:
            works &&
            side === 'receiver' &&
            row.direction === 'to_specialist' &&
            ['accepted', 'done'].includes(row.status) &&
            !withdrawn,
        },
      };
    });
  }

  function historyOf(row: ReferralRow): ReferralStep[] {
    const steps: ReferralStep[] = [
      { step: 'sent', at: row.sentAt.toISOString(), byName: row.sentByName, note: null },
    ];
    if (row.answeredAt)
      steps.push({
        step: row.refusalReason ? 'refused' : 'accepted',
        at: row.answeredAt.toISOString(),
        byName: row.answeredByName ?? '',
        note: row.refusalReason,
      });
    if (row.doneAt)
      steps.push({
        step: 'done',
        at: row.doneAt.toISOString(),
        byName: row.doneByName ?? '',
        note: null,
      });
    if (row.revokedAt)
      steps.push({
        step: 'revoked',
        at: row.revokedAt.toISOString(),
        byName: row.revokedByName ?? '',
        note: row.revokeReason,
      });
    return steps;
  }

  async function detailOf(
    tx: Transaction,
    actor: Actor,
    row: ReferralRow,
  ): Promise<ReferralDetail> {
    const withdrawn = await consentWithdrawn(tx, row);
    const [referral] = await present(actor, [row], { detail: true, withdrawn });
    const clocks =
      (await deadlines.ofSubjects(tx, answerDeadline.subjectType, [row.id])).get(row.id) ?? [];
    const related = await tx
      .select({
        id: referrals.id,
        direction: referrals.direction,
        status: referrals.status,
        sentAt: referrals.sentAt,
        receiverName: referrals.receiverName,
      })
      .from(referrals)
      .where(
        and(
          visibleTo(actor),
          row.returnOf
            ? or(eq(referrals.returnOf, row.id), eq(referrals.id, row.returnOf))
            : eq(referrals.returnOf, row.id),
        ),
      )
      .orderBy(referrals.id);
    const language = actor.request.language;
    return {
      ...referral!,
      history: historyOf(row),
      deadlines: clocks.map((d) => ({
        ...d,
        label:
          referralDeadlines.find((p) => p.code === d.policyCode)?.label[language] ?? d.policyCode,
      })),
      related: related.map((r) => ({
        id: r.id,
        direction: r.direction as Referral['direction'],
        status: r.status as Referral['status'],
        sentAt: r.sentAt.toISOString(),
        receiverName: r.receiverName,
      })),
    };
  }

  /** What the referral tells the receiver of the client, as they stand today. */
  function clientFacts(client: {
    name: string;
    sex: string;
    birthDate: string | null;
    ageBand: string | null;
  }) {
    const age = client.birthDate ? ageOn(client.birthDate, today()) : null;
    const band = clientAgeBands.find((b) => b.code === client.ageBand);
    return {
      clientName: client.name,
      clientSex: client.sex,
      clientAge: age,
      clientAgeBand: client.ageBand,
      clientMinor:
        age !== null ? age < guardianConsentAge : band ? band.to < guardianConsentAge : false,
    };
  }

  /** Refuses a second open referral of the client to the same receiver (409). */
  async function assertNoneOpen(
    tx: Transaction,
    clientId: string,
    receiverKey: string,
    field: string,
  ) {
    // Two workers sending the same referral at once: the second waits and finds the first.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`referral:${clientId}`}))`);
    const [open] = await tx
      .select({ id: referrals.id })
      .from(referrals)
      .where(
        and(
          eq(referrals.clientId, clientId),
          eq(referrals.receiverKey, receiverKey),
          inArray(referrals.status, openStatuses),
        ),
      )
      .limit(1);
    if (open) {
      const said = message(
        '该服务对象已有转给该接收方、尚未办结的转介',
        'The client already has an open referral to this receiver',
      );
      throw conflict(said, [{ path: field, message: said }]);
    }
  }

  /** The receiver and the ground on which the client's data goes to it, as the rules allow. */
  async function receiverOf(
    tx: Transaction,
    actor: Actor,
    input: SendReferral,
    client: { id: string; regionCode: string; minor: boolean },
  ) {
    const organisationId = organisationOf(actor);
    if (input.receiverKind === 'organisation') {
      const receiverId = input.receiverOrganisationId;
      if (!receiverId)
        throw invalidField(
          'body.receiverOrganisationId',
          message('请选择接收机构', 'Choose the receiving organisation'),
        );
      if (receiverId === organisationId)
        throw invalidField(
          'body.receiverOrganisationId',
          message('不能转介给本机构', 'A referral goes to another organisation than your own'),
        );
      const name = (await organisations.activeNamesVisible(actor, [receiverId])).get(receiverId);
      if (!name)
        throw invalidField(
          'body.receiverOrganisationId',
          message(
            '接收机构不存在、已注销或不在本辖区开展服务',
            'No such active organisation working in your region',
          ),
        );
      const sharingConsentId = await clients.sharingConsent(tx, client.id, receiverId);
      return {
        receiver: {
          receiverKind: 'organisation',
          receiverOrganisationId: receiverId,
          receiverName: name,
          receiverRegionCode: null,
          receiverKey: receiverId,
        },
        consent: sharingConsentId
          ? { consentBasis: 'sharing_consent', sharingConsentId }
          : overrideOf(
              actor,
              input,
              'body.receiverOrganisationId',
              message(
                '服务对象未同意向该机构提供信息：请先在服务对象档案中记录其信息共享同意',
                'The client has not consented to sharing with this organisation: record their sharing consent first',
              ),
            ),
      };
    }
    const name = input.departmentName;
    const region = input.departmentRegionCode;
    if (!name)
      throw invalidField(
        'body.departmentName',
        message('请填写接收部门及服务名称', 'Name the department and its service'),
      );
    if (!region)
      throw invalidField(
        'body.departmentRegionCode',
        message('请选择该部门所在区划', 'Choose the department’s division'),
      );
    if (!regionContains(region, client.regionCode) || !(await divisions.get(region)))
      throw invalidField(
        'body.departmentRegionCode',
        message(
          '该部门的服务范围须覆盖服务对象的居住地',
          'The department must serve the place where the client lives',
        ),
      );
    let consent;
    if (input.consent) {
      if (client.minor && input.consent.givenBy !== 'guardian')
        throw invalidField(
          'body.consent.givenBy',
          message('未满14周岁的服务对象须由监护人同意', 'Under 14 the guardian gives the consent'),
        );
      if (input.consent.givenOn > today())
        throw invalidField(
          'body.consent.givenOn',
          message('同意日期不能晚于今天', 'The date cannot be in the future'),
        );
      consent = {
        consentBasis: 'recorded',
        consentGivenBy: input.consent.givenBy,
        consentGivenOn: input.consent.givenOn,
        consentEvidenceNote: input.consent.evidenceNote ?? null,
      };
    } else {
      consent = overrideOf(
        actor,
        input,
        'body.consent',
        message(
          '请记录服务对象（或监护人）同意向该部门提供信息',
          'Record the client’s (or guardian’s) consent to share with the department',
        ),
      );
    }
    return {
      receiver: {
        receiverKind: 'department',
        receiverOrganisationId: null,
        receiverName: name,
        receiverRegionCode: region,
        receiverKey: `department:${region}:${name}`,
      },
      consent,
    };
  }

  /** No consent: refused naming `field`, unless overridden with a reason by one who may. */
  function overrideOf(actor: Actor, input: SendReferral, field: string, refusal: LocalizedText) {
    if (!input.overrideConsent) throw invalidField(field, refusal);
    if (!actor.permissions.has('referrals:override_consent'))
      throw new AppError('FORBIDDEN', {}, [
        {
          path: 'body.overrideConsent',
          message: message(
            '您无权越过服务对象的知情同意转介，请由机构管理员办理',
            'You may not refer without the client’s consent: ask your organisation’s administrator',
          ),
        },
      ]);
    return {
      consentBasis: 'overridden',
      consentOverrideReason: input.overrideConsent.reason,
      consentOverriddenBy: actor.accountId,
      consentOverriddenByName: actor.realName,
    };
  }

  async function organisationName(actor: Actor, id: string) {
    return (await organisations.activeNamesVisible(actor, [id])).get(id) ?? '—';
  }

  /** Inserts a referral with its answer clock started, audited. */
  async function insert(
    tx: Transaction,
    actor: Actor,
    values: Omit<
      typeof referrals.$inferInsert,
      'id' | 'sentAt' | 'sentBy' | 'sentByName' | 'answerDueAt'
    >,
    detail: Parameters<typeof recordAudit>[2]['detail'],
  ): Promise<ReferralRow> {
    const id = newId();
    const now = clock();
    const answer = await deadlines.start(tx, {
      policy: answerDeadline,
      subjectId: id,
      regionCode: values.regionCode,
      at: now,
    });
    const [row] = await tx
      .insert(referrals)
      .values({
        ...values,
        id,
        sentAt: now,
        sentBy: actor.accountId,
        sentByName: actor.realName,
        answerDueAt: new Date(answer.dueAt),
      })
      .returning();
    await recordAudit(tx, actor, {
      action: 'create',
      entityType,
      entityId: id,
      regionCode: values.regionCode,
      detail,
    });
    return row!;
  }

  type Fields = Partial<typeof referrals.$inferInsert>;

  /** Who took a step and when, in the step's columns (answered…, done…, revoked…). */
  const stamp = (actor: Actor, now: Date, step: 'answered' | 'done' | 'revoked'): Fields => ({
    [`${step}At`]: now,
    [`${step}By`]: actor.accountId,
    [`${step}ByName`]: actor.realName,
  });

  /**
   * One step after sending: the referral as read — the actor on the side the step belongs to, in
   * a status that allows it, the version current — then `write` (its clocks settled, the fields
   * it changes), the change audited, what follows from it, and the referral as it now stands.
   */
  function takeStep(
    actor: Actor,
    id: string,
    version: number,
    step: {
      side: 'answer' | 'sender';
      statuses: string[];
      refused: LocalizedText;
      detail: Parameters<typeof writeVersioned>[5]['detail'];
      write: (tx: Transaction, before: ReferralRow, now: Date) => Promise<Fields>;
      then?: (tx: Transaction, after: ReferralRow) => Promise<unknown>;
    },
  ): Promise<ReferralDetail> {
    return withScope(database, actor, async (tx) => {
      const before = await loadVisible(tx, actor, id);
      const side = step.side === 'answer' ? answerSideOf(before) : 'sender';
      if (sideOf(actor, before) !== side)
        throw new AppError('FORBIDDEN', {}, [
          {
            path: 'id',
            message:
              step.side === 'answer'
                ? onlyReceiverAnswers
                : message('只有转出方可以撤回转介', 'Only the sender revokes a referral'),
          },
        ]);
      if (!step.statuses.includes(before.status)) throw conflict(step.refused);
      if (before.version !== version) throw new AppError('VERSION_CONFLICT');
      const fields = await step.write(tx, before, clock());
      const after = await writeVersioned(
        tx,
        actor,
        { table: referrals, entityType },
        before,
        fields,
        {
          now: clock(),
          detail: step.detail,
        },
      );
      await step.then?.(tx, after);
      return detailOf(tx, actor, after);
    });
  }

  /**
   * 回转 into the case the client was referred from: the result a specialist reports, or the
   * station's acceptance of a hand-back, on the case's timeline (where the actor's scope reaches it).
   */
  async function backIntoCase(
    tx: Transaction,
    actor: Actor,
    row: ReferralRow,
    direction: ReferralRow['direction'],
    note: string,
  ) {
    if (row.direction === direction && row.caseId)
      await cases.recordReferralEvent(tx, actor, row.caseId, {
        kind: 'referral_returned',
        referralId: row.id,
        note,
      });
  }

  const notPending = message(
    '该转介已答复或已撤回，不能再答复',
    'This referral was answered or revoked already',
  );

  return {
    /** The referrals the actor's organisation sent (outbox) or receives (inbox), newest first. */
    async list(actor: Actor, query: ReferralListQuery) {
      const organisationId = organisationOf(actor);
      const after = query.cursor ? idCursor.decode(query.cursor) : null;
      const now = clock();
      const rows = await withScope(database, actor, (tx) =>
        tx
          .select()
          .from(referrals)
          .where(
            and(
              inRegionScope(referrals.regionCode, actor),
              query.box === 'inbox'
                ? eq(referrals.receiverOrganisationId, organisationId)
                : eq(referrals.senderOrganisationId, organisationId),
              query.status ? eq(referrals.status, query.status) : undefined,
              query.overdue === true ? overdueNow(now) : undefined,
              query.client ? eq(referrals.clientId, query.client) : undefined,
              query.case ? eq(referrals.caseId, query.case) : undefined,
              after ? lt(referrals.id, after) : undefined,
            ),
          )
          .orderBy(desc(referrals.id))
          .limit(query.limit + 1),
      );
      const page = rows.slice(0, query.limit);
      return {
        items: await present(actor, page),
        nextCursor: rows.length > query.limit ? idCursor.encode(page.at(-1)!.id) : null,
      };
    },

    /** What waits on the actor's organisation (to answer, to report) and what is late, both ways. */
    async summary(actor: Actor): Promise<ReferralSummary> {
      const organisationId = organisationOf(actor);
      const now = clock();
      const inbox = eq(referrals.receiverOrganisationId, organisationId);
      const outbox = eq(referrals.senderOrganisationId, organisationId);
      const n = (condition: SQL) => sql<number>`(count(*) filter (where ${condition}))::int`;
      const [counts] = await withScope(database, actor, (tx) =>
        tx
          .select({
            waiting: n(and(inbox, eq(referrals.status, 'pending'))!),
            toReport: n(and(inbox, eq(referrals.status, 'accepted'))!),
            inboxOverdue: n(and(inbox, overdueNow(now))!),
            outboxOverdue: n(and(outbox, overdueNow(now))!),
          })
          .from(referrals)
          .where(
            and(
              inRegionScope(referrals.regionCode, actor),
              inArray(referrals.status, openStatuses),
              or(inbox, outbox),
            ),
          ),
      );
      return counts!;
    },

    /** One referral with its history and deadlines, for either side; every read is audited. */
    async get(actor: Actor, id: string): Promise<ReferralDetail> {
      return withScope(database, actor, async (tx) => {
        const row = await loadVisible(tx, actor, id);
        await recordAudit(tx, actor, {
          action: 'read',
          entityType,
          entityId: id,
          regionCode: row.regionCode,
        });
        return detailOf(tx, actor, row);
      });
    },

    /**
     * Sends a referral of a client the actor's organisation serves, from a case of theirs or not,
     * to an organisation (the client's sharing consent naming it) or a department's service (the
     * consent recorded here); without a consent, an override with a reason. The answer's clock
     * starts now.
     */
    async send(actor: Actor, input: SendReferral): Promise<ReferralDetail> {
      const organisationId = organisationOf(actor);
      return withScope(database, actor, async (tx) => {
        const client = await clients
          .loadServed(tx, actor, input.clientId, true)
          .catch((error: unknown) => {
            if (error instanceof AppError && error.code === 'NOT_FOUND')
              throw invalidField(
                'body.clientId',
                message(
                  '服务对象不存在或本机构未为其服务',
                  'No such client served by your organisation',
                ),
              );
            throw error;
          });
        if (client.mergedInto)
          throw invalidField(
            'body.clientId',
            message(
              '该档案已合并到另一份档案，请从合并后的档案转介',
              'This record was merged: refer from the record it was merged into',
            ),
          );
        let stationId = input.stationId ?? null;
        if (input.caseId) {
          const found = await cases
            .loadWorkable(tx, actor, input.caseId)
            .catch((error: unknown) => {
              if (error instanceof AppError && error.code === 'NOT_FOUND')
                throw invalidField(
                  'body.caseId',
                  message('个案不存在或您无权处理', 'No such case of yours'),
                );
              throw error;
            });
          if (found.clientId !== client.id)
            throw invalidField(
              'body.caseId',
              message('该个案不是此服务对象的个案', 'The case is not this client’s'),
            );
          stationId = found.stationId ?? stationId;
        }
        let stationName: string | null = null;
        if (stationId) {
          const station = await stationInScope(tx, actor, stationId);
          // The station the worker works from, as a case names it: any station in their scope.
          if (!station)
            throw invalidField(
              'body.stationId',
              message('站点不存在或不在您的工作范围内', 'No such station in your scope'),
            );
          stationName = station.name;
        }
        const facts = clientFacts(client);
        const { receiver, consent } = await receiverOf(tx, actor, input, {
          id: client.id,
          regionCode: client.regionCode,
          minor: facts.clientMinor,
        });
        await assertNoneOpen(
          tx,
          client.id,
          receiver.receiverKey,
          receiver.receiverKind === 'organisation'
            ? 'body.receiverOrganisationId'
            : 'body.departmentName',
        );
        const row = await insert(
          tx,
          actor,
          {
            regionCode: client.regionCode,
            direction: 'to_specialist',
            clientId: client.id,
            ...facts,
            caseId: input.caseId ?? null,
            senderOrganisationId: organisationId,
            senderOrganisationName: await organisationName(actor, organisationId),
            senderStationId: stationId,
            senderStationName: stationName,
            ...receiver,
            serviceField: input.serviceField ?? null,
            referralReason: input.reason,
            sharedSummary: input.sharedSummary,
            ...consent,
          },
          consent.consentBasis === 'overridden'
            ? auditNote('referral_consent_overridden', {
                receiver: receiver.receiverName,
                reason: input.overrideConsent!.reason,
              })
            : auditNote('referral_sent', { receiver: receiver.receiverName }),
        );
        if (input.caseId)
          await cases.recordReferralEvent(tx, actor, input.caseId, {
            kind: 'referral_sent',
            referralId: row.id,
            note: `${receiver.receiverName}：${input.reason}`,
          });
        return detailOf(tx, actor, row);
      });
    },

    /**
     * The receiver accepts: the answer's clock stops and the result's starts. The client's sharing
     * consent must still hold. From now on the receiver reads the client's name on the referral; a
     * return (回转) accepted by the station goes into the case the client was referred from.
     */
    accept(actor: Actor, id: string, input: { version: number; note?: string | null }) {
      return takeStep(actor, id, input.version, {
        side: 'answer',
        statuses: ['pending'],
        refused: notPending,
        detail: auditNote('referral_accepted'),
        async write(tx, before, now) {
          if (await consentWithdrawn(tx, before))
            throw conflict(
              message(
                '服务对象已撤回向贵机构提供信息的同意，不能接收；请拒绝并说明原因',
                'The client withdrew their consent to share with you: refuse the referral instead',
              ),
            );
          await deadlines.meet(tx, answerDeadline, id, now);
          const report = await deadlines.start(tx, {
            policy: reportDeadline,
            subjectId: id,
            regionCode: before.regionCode,
            at: now,
          });
          return {
            status: 'accepted',
            ...stamp(actor, now, 'answered'),
            acceptNote: input.note ?? null,
            reportDueAt: new Date(report.dueAt),
          };
        },
        then: (tx, after) => backIntoCase(tx, actor, after, 'back_to_station', after.sharedSummary),
      });
    },

    /** The receiver refuses, with a reason the sender reads; the answer's clock stops. */
    refuse(actor: Actor, id: string, input: { version: number; reason: string }) {
      return takeStep(actor, id, input.version, {
        side: 'answer',
        statuses: ['pending'],
        refused: notPending,
        detail: auditNote('referral_refused', { reason: input.reason }),
        async write(tx, _before, now) {
          await deadlines.meet(tx, answerDeadline, id, now);
          return {
            status: 'refused',
            ...stamp(actor, now, 'answered'),
            refusalReason: input.reason,
          };
        },
      });
    },

    /**
     * The receiver reports the result back: the referral is done, the result's clock stops, and
     * the result goes into the sending case (回转 of the result).
     */
    complete(actor: Actor, id: string, input: { version: number; result: string }) {
      return takeStep(actor, id, input.version, {
        side: 'answer',
        statuses: ['accepted'],
        refused: message(
          '只有已接收的转介可以反馈结果',
          'Only an accepted referral has a result to report',
        ),
        detail: auditNote('referral_done'),
        async write(tx, _before, now) {
          await deadlines.meet(tx, reportDeadline, id, now);
          return { status: 'done', ...stamp(actor, now, 'done'), resultNote: input.result };
        },
        then: (tx, after) => backIntoCase(tx, actor, after, 'to_specialist', input.result),
      });
    },

    /** The sender revokes a referral still open, with a reason; its clocks are cancelled. */
    revoke(actor: Actor, id: string, input: { version: number; reason: string }) {
      return takeStep(actor, id, input.version, {
        side: 'sender',
        statuses: openStatuses,
        refused: message('只有未办结的转介可以撤回', 'Only an open referral can be revoked'),
        detail: auditNote('referral_revoked', { reason: input.reason }),
        async write(tx, _before, now) {
          await deadlines.cancel(tx, answerDeadline, id, now);
          await deadlines.cancel(tx, reportDeadline, id, now);
          return { status: 'revoked', ...stamp(actor, now, 'revoked'), revokeReason: input.reason };
        },
      });
    },

    /**
     * 回转: the receiver of an accepted (or done) referral hands the client back to the station
     * that referred them, as a referral of its own (to be accepted there). The client's file is
     * the station's: no new consent is needed to send it back where it came from.
     */
    async returnBack(actor: Actor, id: string, input: { reason: string; sharedSummary: string }) {
      const organisationId = organisationOf(actor);
      return withScope(database, actor, async (tx) => {
        const original = await loadVisible(tx, actor, id);
        if (sideOf(actor, original) !== 'receiver' || original.receiverKind !== 'organisation')
          throw new AppError('FORBIDDEN', {}, [
            {
              path: 'id',
              message: message('只有接收方可以回转', 'Only the receiver hands a client back'),
            },
          ]);
        if (
          original.direction !== 'to_specialist' ||
          !['accepted', 'done'].includes(original.status)
        )
          throw conflict(
            message('只有已接收的转出转介可以回转', 'Only an accepted referral can be handed back'),
          );
        if (await consentWithdrawn(tx, original))
          throw conflict(
            message('服务对象已撤回信息共享同意', 'The client withdrew their sharing consent'),
          );
        await assertNoneOpen(tx, original.clientId, original.senderOrganisationId, 'id');
        const row = await insert(
          tx,
          actor,
          {
            regionCode: original.regionCode,
            direction: 'back_to_station',
            returnOf: original.id,
            clientId: original.clientId,
            clientName: original.clientName,
            clientSex: original.clientSex,
            clientAge: original.clientAge,
            clientAgeBand: original.clientAgeBand,
            clientMinor: original.clientMinor,
            caseId: original.caseId,
            senderOrganisationId: organisationId,
            senderOrganisationName: original.receiverName,
            receiverKind: 'organisation',
            receiverOrganisationId: original.senderOrganisationId,
            receiverName: original.senderOrganisationName,
            receiverStationId: original.senderStationId,
            receiverStationName: original.senderStationName,
            receiverKey: original.senderOrganisationId,
            serviceField: original.serviceField,
            referralReason: input.reason,
            sharedSummary: input.sharedSummary,
            consentBasis: 'return',
          },
          auditNote('referral_returned', { referral: original.id }),
        );
        return detailOf(tx, actor, row);
      });
    },

    loadVisible,
    overdueNow,
  };
}

export type ReferralService = ReturnType<typeof createReferralService>;
