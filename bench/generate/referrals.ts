import { deadlines as deadlineTable } from '../../apps/server/src/platform/deadlines/deadlines.table';
import {
  dueAfter,
  workingCalendar,
  type CalendarDayKind,
} from '../../apps/server/src/platform/deadlines/working-calendar';
import { clientConsents } from '../../apps/server/src/modules/clients/clients.table';
import { caseEvents } from '../../apps/server/src/modules/casework/casework.table';
import {
  answerDeadline,
  reportDeadline,
} from '../../apps/server/src/modules/referrals/referral-deadlines';
import { referrals } from '../../apps/server/src/modules/referrals/referrals.table';
import { addDays, dayBetween, fromDay } from './calendar';
import { casesOf, type GeneratedCase } from './casework';
import { familyRandom, type GenerationContext } from './context';
import {
  actorsOf,
  chinaDayOf,
  officeHours,
  serviceOrganisations,
  serviceTeams,
  type ServiceAccount,
} from './service-world';
import { weighted } from './weighted';

type ReferralRow = typeof referrals.$inferInsert;
type DeadlineRow = typeof deadlineTable.$inferInsert;

const hourMs = 3_600_000;

const specialties = [
  { field: 'mental_health', reason: '服务对象情绪问题持续，需专业心理评估与干预' },
  { field: 'disability_rehabilitation', reason: '需链接专业康复训练服务' },
  { field: 'social_assistance', reason: '家庭经济困难，需专项救助支持' },
  { field: 'marriage_family', reason: '家庭关系紧张，需婚姻家庭专业服务' },
  { field: 'drug_rehabilitation', reason: '需专业戒毒康复支持' },
] as const;

const departments = [
  { name: '民政局社会救助科', field: 'social_assistance', reason: '申请最低生活保障与临时救助' },
  { name: '残疾人联合会康复部', field: 'disability_rehabilitation', reason: '申请残疾人康复补贴' },
  {
    name: '人力资源和社会保障局就业服务中心',
    field: 'employment_assistance',
    reason: '需就业援助',
  },
  { name: '教育局学生资助管理中心', field: 'education_guidance', reason: '申请困难学生资助' },
] as const;

/**
 * Two-way referrals (转介) from the cases: a share of the cases in 介入 refer their client to a
 * specialist organisation (with the client's sharing consent naming it, as the service requires)
 * or to another department's service (the consent recorded on the referral), in every state —
 * waiting (some past the 3 working days to answer), accepted (some past the 30 days to report),
 * refused with a reason, done with a result that came back into the case, revoked — with the
 * deadline engine's rows, and some clients handed back to the station (回转).
 */
export async function generateReferrals(
  context: GenerationContext,
): Promise<Record<string, number>> {
  const { random, id } = familyRandom(context, 'referrals');
  const { asOf, scale, divisions } = context;
  const lastInstant = fromDay(asOf) + 9.5 * hourMs;
  const calendar = workingCalendar(
    (await context.writer.query(`select date::text as date, kind from calendar_day`)).map((r) => ({
      date: String(r.date),
      kind: r.kind as CalendarDayKind,
    })),
  );
  const operators = new Set((await serviceTeams(context)).map((t) => t.station.organisationId));
  const organisations = (await serviceOrganisations(context)).filter((o) => o.active);
  const byRegion = new Map<string, typeof organisations>();
  for (const o of organisations)
    byRegion.set(o.regionCode, [...(byRegion.get(o.regionCode) ?? []), o]);
  /** Organisations a station worker may refer to: registered at or above the station, not the sender. */
  const receiversFor = (regionCode: string, sender: string) => {
    const near = [regionCode.slice(0, 6), regionCode.slice(0, 4), regionCode.slice(0, 2)]
      .flatMap((code) => byRegion.get(code) ?? [])
      .filter((o) => o.id !== sender);
    const specialists = near.filter((o) => !operators.has(o.id));
    return specialists.length ? specialists : near;
  };

  const referralRows: ReferralRow[] = [];
  const deadlineRows: DeadlineRow[] = [];
  const consentRows: (typeof clientConsents.$inferInsert)[] = [];
  const eventRows: (typeof caseEvents.$inferInsert)[] = [];

  const caseEvent = (
    c: GeneratedCase,
    kind: 'referral_sent' | 'referral_returned',
    at: Date,
    actor: ServiceAccount,
    referralId: string,
    note: string,
  ) =>
    eventRows.push({
      id: id(at),
      caseId: c.id,
      regionCode: c.team.station.regionCode,
      kind,
      stage: 'intervention',
      occurredAt: at,
      actorId: actor.id,
      actorName: actor.name,
      eventNote: note,
      referralId,
    });

  /** The answer's clock from sending, the result's from accepting, settled as the steps came. */
  const clocks = (row: ReferralRow) => {
    const sentAt = row.sentAt as Date;
    const answerDue = dueAfter(calendar, sentAt, answerDeadline.amount, answerDeadline.unit);
    row.answerDueAt = answerDue;
    const settle = (due: Date, at: Date | null | undefined, cancelled: Date | null | undefined) =>
      at
        ? { state: at <= due ? 'met' : 'missed', settledAt: at }
        : cancelled
          ? { state: 'cancelled', settledAt: cancelled }
          : { state: 'running', settledAt: null };
    const answered = row.answeredAt as Date | null | undefined;
    deadlineRows.push({
      id: id(sentAt),
      regionCode: row.regionCode,
      counterpartRegionCode: null,
      subjectType: answerDeadline.subjectType,
      subjectId: row.id!,
      policyCode: answerDeadline.code,
      amount: answerDeadline.amount,
      unit: answerDeadline.unit,
      startedAt: sentAt,
      dueAt: answerDue,
      pausedMs: 0,
      ...settle(answerDue, answered, row.revokedAt as Date | null),
      createdAt: sentAt,
    });
    if (!answered || row.status === 'refused') return;
    const reportDue = dueAfter(calendar, answered, reportDeadline.amount, reportDeadline.unit);
    row.reportDueAt = reportDue;
    deadlineRows.push({
      id: id(answered),
      regionCode: row.regionCode,
      counterpartRegionCode: null,
      subjectType: reportDeadline.subjectType,
      subjectId: row.id!,
      policyCode: reportDeadline.code,
      amount: reportDeadline.amount,
      unit: reportDeadline.unit,
      startedAt: answered,
      dueAt: reportDue,
      pausedMs: 0,
      ...settle(reportDue, row.doneAt as Date | null, row.revokedAt as Date | null),
      createdAt: answered,
    });
  };

  /** When the receiver answered: mostly within a day or two, some late; null: not yet. */
  const answerAfter = (from: Date) => {
    const hours = weighted(random, [
      [random.int(1, 24), 50],
      [random.int(24, 72), 35],
      [random.int(72, 240), 15],
    ] as const);
    const at = from.getTime() + hours * hourMs;
    return at <= lastInstant ? new Date(at) : null;
  };

  for (const c of casesOf(context)) {
    if (!c.intervention || !random.chance(scale.service.referralShare / 0.85)) continue;
    const { station } = c.team;
    const client = c.client;
    const sentDay = dayBetween(random, c.intervention.from, c.intervention.to);
    const sentAt = officeHours(random, sentDay);
    const sender = random.pick(c.workers);
    const toOrganisation = random.chance(0.7);
    const receivers = toOrganisation
      ? receiversFor(station.regionCode, station.organisationId)
      : [];
    if (toOrganisation && receivers.length === 0) continue;
    const receiver = toOrganisation ? random.pick(receivers) : null;
    const department = random.pick(departments);
    const specialty = random.pick(specialties);
    const county = client.regionCode.slice(0, 6);
    const referralId = id(sentAt);
    const givenBy = client.minor ? 'guardian' : 'self';
    let consent: Partial<ReferralRow>;
    if (receiver) {
      const givenOn = addDays(sentDay, -random.int(0, 3));
      const consentAt = officeHours(
        random,
        givenOn < client.registeredOn ? client.registeredOn : givenOn,
      );
      const consentId = id(consentAt);
      consentRows.push({
        id: consentId,
        regionCode: client.regionCode,
        clientId: client.id,
        kind: 'sharing',
        organisationId: receiver.id,
        sharedByOrganisationId: station.organisationId,
        givenBy,
        givenOn: chinaDayOf(consentAt),
        evidenceNote: '已签署信息共享同意书',
        revokedOn: null,
        revokedReason: null,
        recordedBy: sender.id,
        createdAt: consentAt,
      });
      consent = { consentBasis: 'sharing_consent', sharingConsentId: consentId };
    } else {
      consent = {
        consentBasis: 'recorded',
        consentGivenBy: givenBy,
        consentGivenOn: sentDay,
        consentEvidenceNote: '服务对象口头同意，已记录于服务记录',
      };
    }
    const answerer: ServiceAccount | undefined = receiver
      ? random.pick(await actorsOf(context, receiver.id))
      : sender;
    const row: ReferralRow = {
      id: referralId,
      regionCode: client.regionCode,
      direction: 'to_specialist',
      returnOf: null,
      clientId: client.id,
      clientName: client.name,
      clientSex: client.sex,
      clientAge: client.birthDate ? client.age : null,
      clientAgeBand: client.ageBand,
      clientMinor: client.minor,
      caseId: c.id,
      senderOrganisationId: station.organisationId,
      senderOrganisationName: station.organisationName,
      senderStationId: station.id,
      senderStationName: station.name,
      sentBy: sender.id,
      sentByName: sender.name,
      sentAt,
      receiverKind: receiver ? 'organisation' : 'department',
      receiverOrganisationId: receiver?.id ?? null,
      receiverStationId: null,
      receiverStationName: null,
      receiverName: receiver ? receiver.name : `${divisions.nameOf(county)}${department.name}`,
      receiverRegionCode: receiver ? null : county,
      receiverKey: receiver
        ? receiver.id
        : `department:${county}:${divisions.nameOf(county)}${department.name}`,
      serviceField: receiver ? specialty.field : department.field,
      referralReason: receiver ? specialty.reason : department.reason,
      sharedSummary: '服务对象基本情况、主要需求及已提供的服务，详见转介单。',
      consentBasis: 'recorded',
      sharingConsentId: null,
      consentGivenBy: null,
      consentGivenOn: null,
      consentEvidenceNote: null,
      consentOverrideReason: null,
      consentOverriddenBy: null,
      consentOverriddenByName: null,
      ...consent,
      status: 'pending',
      answerDueAt: null,
      reportDueAt: null,
      answeredAt: null,
      answeredBy: null,
      answeredByName: null,
      acceptNote: null,
      refusalReason: null,
      doneAt: null,
      doneBy: null,
      doneByName: null,
      resultNote: null,
      revokedAt: null,
      revokedBy: null,
      revokedByName: null,
      revokeReason: null,
      version: 1,
      createdAt: sentAt,
      updatedAt: sentAt,
    };
    const outcome = weighted(random, [
      ['answer', 85],
      ['revoke', 5],
      ['wait', 10],
    ] as const);
    const answeredAt = outcome === 'answer' && answerer ? answerAfter(sentAt) : null;
    if (outcome === 'revoke') {
      const at = sentAt.getTime() + random.int(2, 48) * hourMs;
      if (at <= lastInstant) {
        Object.assign(row, {
          status: 'revoked',
          revokedAt: new Date(at),
          revokedBy: sender.id,
          revokedByName: sender.name,
          revokeReason: '服务对象需求已由本站解决',
          version: 2,
          updatedAt: new Date(at),
        });
      }
    } else if (answeredAt && answerer) {
      const refused = random.chance(0.12);
      Object.assign(row, {
        status: refused ? 'refused' : 'accepted',
        answeredAt,
        answeredBy: answerer.id,
        answeredByName: answerer.name,
        acceptNote: refused ? null : '已接收，将安排专业社工跟进',
        refusalReason: refused ? '超出本机构服务能力，建议转介其他机构' : null,
        version: 2,
        updatedAt: answeredAt,
      });
      if (!refused) {
        const doneAt = answeredAt.getTime() + random.int(3, 45) * 24 * hourMs;
        if (doneAt <= lastInstant && random.chance(0.8)) {
          const result = '已完成专业评估与服务，服务对象状况改善，建议原站点继续跟进。';
          Object.assign(row, {
            status: 'done',
            doneAt: new Date(doneAt),
            doneBy: answerer.id,
            doneByName: answerer.name,
            resultNote: result,
            version: 3,
            updatedAt: new Date(doneAt),
          });
          caseEvent(c, 'referral_returned', new Date(doneAt), answerer, referralId, result);
        }
      }
    }
    clocks(row);
    referralRows.push(row);
    caseEvent(
      c,
      'referral_sent',
      sentAt,
      sender,
      referralId,
      `${row.receiverName}：${row.referralReason}`,
    );

    // 回转: the specialist hands the client back to the station it came from.
    if (row.status === 'done' && receiver && answerer && random.chance(0.2)) {
      const backAt = new Date((row.doneAt as Date).getTime() + random.int(1, 72) * hourMs);
      if (backAt.getTime() > lastInstant) continue;
      const back: ReferralRow = {
        ...row,
        id: id(backAt),
        direction: 'back_to_station',
        returnOf: referralId,
        senderOrganisationId: receiver.id,
        senderOrganisationName: receiver.name,
        senderStationId: null,
        senderStationName: null,
        sentBy: answerer.id,
        sentByName: answerer.name,
        sentAt: backAt,
        receiverKind: 'organisation',
        receiverOrganisationId: station.organisationId,
        receiverName: station.organisationName,
        receiverStationId: station.id,
        receiverStationName: station.name,
        receiverRegionCode: null,
        receiverKey: station.organisationId,
        referralReason: '专科服务已完成，回转原站点继续跟进',
        consentBasis: 'return',
        sharingConsentId: null,
        status: 'pending',
        answeredAt: null,
        answeredBy: null,
        answeredByName: null,
        acceptNote: null,
        doneAt: null,
        doneBy: null,
        doneByName: null,
        resultNote: null,
        answerDueAt: null,
        reportDueAt: null,
        version: 1,
        createdAt: backAt,
        updatedAt: backAt,
      };
      const accepted = answerAfter(backAt);
      if (accepted && random.chance(0.85)) {
        Object.assign(back, {
          status: 'accepted',
          answeredAt: accepted,
          answeredBy: sender.id,
          answeredByName: sender.name,
          acceptNote: '已接回，继续个案服务',
          version: 2,
          updatedAt: accepted,
        });
        caseEvent(c, 'referral_returned', accepted, sender, back.id!, back.sharedSummary);
        const doneAt = accepted.getTime() + random.int(5, 25) * 24 * hourMs;
        if (doneAt <= lastInstant)
          Object.assign(back, {
            status: 'done',
            doneAt: new Date(doneAt),
            doneBy: sender.id,
            doneByName: sender.name,
            resultNote: '已纳入原个案继续跟进',
            version: 3,
            updatedAt: new Date(doneAt),
          });
      }
      clocks(back);
      referralRows.push(back);
    }
  }
  return {
    client_consent_sharing: await context.writer.write(clientConsents, consentRows),
    referral: await context.writer.write(referrals, referralRows),
    deadline: await context.writer.write(deadlineTable, deadlineRows),
    case_event_referral: await context.writer.write(caseEvents, eventRows),
  };
}
