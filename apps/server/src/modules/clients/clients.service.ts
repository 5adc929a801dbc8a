import { and, asc, desc, eq, gt, isNull, or, sql, type SQL } from 'drizzle-orm';
import {
  auditNote,
  chinaToday,
  maskName,
  maskPhone,
  maskResidentIdShort,
  regionContains,
  type Client,
  type ClientDetail,
  type ClientInput,
  type ClientListQuery,
  type Consent,
  type ConsentKind,
  type DuplicateMatch,
  type DuplicateQuery,
  type UpdateClient,
} from '@shegong/domain';
import { z } from 'zod';
import type { Database, Transaction } from '../../db/connection';
import { isAnyOf } from '../../db/any-of';
import { newId } from '../../db/ids';
import { startsWith } from '../../db/text-prefix';
import { organisationOf, type Actor } from '../../platform/access/actor';
import { escapeLike, inRegionScope, withScope } from '../../platform/access/region-scope';
import { recordAudit } from '../../platform/audit/audit';
import { maskField } from '../../platform/audit/sensitive-fields';
import { auditEvents } from '../../platform/audit/audit.table';
import { writeVersioned } from '../../platform/audit/versioned-write';
import type { Clock } from '../../platform/clock';
import type { MoveMergedClient } from './merged-client';
import { AppError, conflict, invalidField, notFound } from '../../platform/errors/app-error';
import { refuseProblems } from '../../platform/errors/rule-problems';
import { keysetCursor } from '../../platform/http/keyset-cursor';
import type { DivisionService } from '../divisions';
import type { OrganisationDirectory } from '../organisations';
import { ageOf, clientProblems, consentDateProblem, identityOf, isMinor } from './client-rules';
import { clientConsents, clients } from './clients.table';

export const clientEntity = { 'zh-CN': '服务对象', 'en-US': 'Client' } as const;
const entityType = 'client';

export type ClientRow = typeof clients.$inferSelect;
type ConsentInput = ClientInput['consent'];

interface Deps {
  database: Database;
  clock: Clock;
  divisions: Pick<DivisionService, 'describeRegions' | 'get'>;
  organisations: Pick<OrganisationDirectory, 'activeNamesVisible'>;
  /** The modules that keep records of clients: a merge moves the duplicate's through each. */
  mergedRecordMovers: readonly MoveMergedClient[];
}

const nameCursor = keysetCursor<{ name: string; id: string }>({
  write: ({ name, id }) => JSON.stringify([name, id]),
  read(text) {
    try {
      const parsed = z.tuple([z.string().max(50), z.uuid()]).safeParse(JSON.parse(text));
      return parsed.success ? { name: parsed.data[0], id: parsed.data[1] } : null;
    } catch {
      return null;
    }
  },
});

/** Everything of a consent but its file, which is read only when downloaded. */
const consentColumns = {
  id: clientConsents.id,
  clientId: clientConsents.clientId,
  kind: clientConsents.kind,
  organisationId: clientConsents.organisationId,
  givenBy: clientConsents.givenBy,
  givenOn: clientConsents.givenOn,
  evidenceNote: clientConsents.evidenceNote,
  hasEvidenceFile: sql<boolean>`${clientConsents.evidenceName} is not null`,
  revokedOn: clientConsents.revokedOn,
  revokedReason: clientConsents.revokedReason,
};

export function createClientService({
  database,
  clock,
  divisions,
  organisations,
  mergedRecordMovers,
}: Deps) {
  const today = () => chinaToday(clock());

  /** Clients the actor's organisation holds a service consent of (given, revoked or not). */
  function servedBy(organisationId: string, activeOnly = false): SQL {
    return sql`exists (select 1 from ${clientConsents} c where c.client_id = ${clients.id}
      and c.kind = 'service' and c.organisation_id = ${organisationId}
      ${activeOnly ? sql`and c.revoked_on is null` : sql``})`;
  }

  /** A client the actor's organisation serves, in the actor's scope; 404 otherwise. */
  async function loadServed(
    tx: Transaction,
    actor: Actor,
    id: string,
    activeOnly = false,
  ): Promise<ClientRow> {
    const [row] = await tx
      .select()
      .from(clients)
      .where(
        and(
          eq(clients.id, id),
          inRegionScope(clients.regionCode, actor),
          servedBy(organisationOf(actor), activeOnly),
        ),
      );
    if (!row) throw notFound(clientEntity);
    return row;
  }

  /** Clients as responses show them; `file`: the audited read of one file shows the home address whole. */
  async function present(actor: Actor, rows: ClientRow[], file = false): Promise<Client[]> {
    const regions = await divisions.describeRegions(
      [...new Set(rows.map((r) => r.regionCode))],
      actor.request.language,
    );
    const now = today();
    return rows.map((row) => ({
      id: row.id,
      idNumber: row.idNumber ? maskResidentIdShort(row.idNumber) : null,
      name: row.name,
      sex: row.sex as Client['sex'],
      age: ageOf(row.birthDate, now),
      ageBand: row.ageBand as Client['ageBand'],
      minor: isMinor(row.birthDate, row.ageBand, now),
      regionCode: row.regionCode,
      regionName: regions.get(row.regionCode) ?? row.regionCode,
      populationGroups: row.populationGroups as Client['populationGroups'],
      riskLevel: row.riskLevel as Client['riskLevel'],
      phone: row.phone ? maskPhone(row.phone) : null,
      address:
        row.homeAddress && !file
          ? (maskField('homeAddress', row.homeAddress) as string)
          : row.homeAddress,
      guardian: row.guardianName
        ? {
            name: row.guardianName,
            relation: row.guardianRelation ?? '',
            phone: row.guardianPhone ? maskPhone(row.guardianPhone) : null,
          }
        : null,
      organisationId: row.organisationId,
      mergedInto: row.mergedInto,
      version: row.version,
      createdAt: row.createdAt.toISOString(),
      can: {
        edit: actor.permissions.has('clients:work') && row.mergedInto === null,
        recordConsent: actor.permissions.has('clients:work') && row.mergedInto === null,
        merge: actor.permissions.has('clients:work') && row.mergedInto === null,
      },
    }));
  }

  async function consentsOf(tx: Transaction, actor: Actor, clientId: string): Promise<Consent[]> {
    const rows = await tx
      .select(consentColumns)
      .from(clientConsents)
      .where(eq(clientConsents.clientId, clientId))
      .orderBy(desc(clientConsents.givenOn), desc(clientConsents.id));
    const names = await organisations.activeNamesVisible(
      actor,
      rows.map((r) => r.organisationId),
    );
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind as Consent['kind'],
      organisationId: r.organisationId,
      organisationName: names.get(r.organisationId) ?? '—',
      givenBy: r.givenBy as Consent['givenBy'],
      givenOn: r.givenOn,
      evidenceNote: r.evidenceNote,
      hasEvidenceFile: r.hasEvidenceFile,
      revokedOn: r.revokedOn,
      revokedReason: r.revokedReason,
      active: r.revokedOn === null,
    }));
  }

  /** Who opened the file with a reason (officers), from the audit trail: the client sees it. */
  async function fileOpeningsOf(tx: Transaction, clientId: string) {
    const rows = await tx
      .select({
        at: auditEvents.occurredAt,
        actorName: auditEvents.actorName,
        params: auditEvents.detailParams,
      })
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.entityType, entityType),
          eq(auditEvents.entityId, clientId),
          eq(auditEvents.detailCode, 'file_opened'),
        ),
      )
      .orderBy(desc(auditEvents.occurredAt))
      .limit(50);
    return rows.map((r) => ({
      at: r.at.toISOString(),
      actorName: r.actorName ?? '',
      reason: String((r.params as { reason?: unknown } | null)?.reason ?? ''),
    }));
  }

  async function detailOf(tx: Transaction, actor: Actor, row: ClientRow): Promise<ClientDetail> {
    const [client] = await present(actor, [row], true);
    return {
      ...client!,
      consents: await consentsOf(tx, actor, row.id),
      fileOpenings: await fileOpeningsOf(tx, row.id),
    };
  }

  async function assertRegion(actor: Actor, regionCode: string) {
    if (!regionContains(actor.regionCode, regionCode))
      throw invalidField('body.regionCode', {
        'zh-CN': '居住地须在您的管辖范围内',
        'en-US': 'The place of residence must lie inside your scope',
      });
    if (!(await divisions.get(regionCode)))
      throw invalidField('body.regionCode', {
        'zh-CN': '行政区划不存在',
        'en-US': 'No such division',
      });
  }

  async function insertConsent(
    tx: Transaction,
    actor: Actor,
    client: Pick<ClientRow, 'id' | 'regionCode'>,
    consent: ConsentInput & { kind: 'service' | 'sharing' | 'photos'; organisationId: string },
  ) {
    const id = newId();
    await tx.insert(clientConsents).values({
      id,
      regionCode: client.regionCode,
      clientId: client.id,
      kind: consent.kind,
      organisationId: consent.organisationId,
      sharedByOrganisationId: consent.kind === 'sharing' ? organisationOf(actor) : null,
      givenBy: consent.givenBy,
      givenOn: consent.givenOn,
      evidenceNote: consent.evidenceNote ?? null,
      recordedBy: actor.accountId,
    });
    await recordAudit(tx, actor, {
      action: 'create',
      entityType,
      entityId: client.id,
      regionCode: client.regionCode,
      detail: auditNote('consent_recorded', { kind: consent.kind, consent: id }),
    });
    return id;
  }

  /**
   * The same ID number (exact) and likely matches (same name and birth date, or the same phone)
   * in the actor's scope, masked: enough to recognise the person and link instead of duplicating.
   */
  async function matchesIn(
    tx: Transaction,
    actor: Actor,
    query: DuplicateQuery,
  ): Promise<DuplicateMatch[]> {
    const birthDate = identityOf(query.idNumber)?.birthDate ?? query.birthDate ?? null;
    const ways: { by: DuplicateMatch['matchedBy']; where: SQL | undefined }[] = [
      { by: 'idNumber', where: query.idNumber ? eq(clients.idNumber, query.idNumber) : undefined },
      {
        by: 'nameAndBirthDate',
        where: birthDate
          ? and(eq(clients.name, query.name), eq(clients.birthDate, birthDate))
          : undefined,
      },
      { by: 'phone', where: query.phone ? eq(clients.phone, query.phone) : undefined },
    ];
    const found = new Map<string, { row: ClientRow; by: DuplicateMatch['matchedBy'] }>();
    for (const way of ways) {
      if (!way.where) continue;
      const rows = await tx
        .select()
        .from(clients)
        .where(and(way.where, inRegionScope(clients.regionCode, actor), isNull(clients.mergedInto)))
        .limit(20);
      for (const row of rows) if (!found.has(row.id)) found.set(row.id, { row, by: way.by });
    }
    if (found.size === 0) return [];
    const served = new Set(
      (
        await tx
          .select({ id: clients.id })
          .from(clients)
          .where(and(isAnyOf(clients.id, [...found.keys()]), servedBy(organisationOf(actor))))
      ).map((r) => r.id),
    );
    const regions = await divisions.describeRegions(
      [...new Set([...found.values()].map((f) => f.row.regionCode))],
      actor.request.language,
    );
    return [...found.values()].map(({ row, by }) => ({
      id: row.id,
      name: maskName(row.name),
      sex: row.sex as DuplicateMatch['sex'],
      birthYear: row.birthDate ? Number(row.birthDate.slice(0, 4)) : null,
      idNumber: row.idNumber ? maskResidentIdShort(row.idNumber) : null,
      regionName: regions.get(row.regionCode) ?? row.regionCode,
      matchedBy: by,
      servedByYou: served.has(row.id),
    }));
  }

  return {
    /** The clients the actor's organisation serves, by name (keyset). */
    async list(actor: Actor, query: ClientListQuery) {
      const organisationId = organisationOf(actor);
      const after = query.cursor ? nameCursor.decode(query.cursor) : null;
      const rows = await withScope(database, actor, (tx) =>
        tx
          .select()
          .from(clients)
          .where(
            and(
              inRegionScope(clients.regionCode, actor),
              servedBy(organisationId),
              isNull(clients.mergedInto),
              query.region ? startsWith(clients.regionCode, query.region) : undefined,
              query.riskLevel ? eq(clients.riskLevel, query.riskLevel) : undefined,
              query.populationGroup
                ? sql`${query.populationGroup} = any(${clients.populationGroups})`
                : undefined,
              query.q
                ? or(
                    sql`${clients.name} like ${`%${escapeLike(query.q)}%`}`,
                    eq(clients.idNumber, query.q.toUpperCase()),
                  )
                : undefined,
              after
                ? or(
                    gt(clients.name, after.name),
                    and(eq(clients.name, after.name), gt(clients.id, after.id)),
                  )
                : undefined,
            ),
          )
          .orderBy(asc(clients.name), asc(clients.id))
          .limit(query.limit + 1),
      );
      const page = rows.slice(0, query.limit);
      const last = page.at(-1);
      return {
        items: await present(actor, page),
        nextCursor:
          rows.length > query.limit && last
            ? nameCursor.encode({ name: last.name, id: last.id })
            : null,
      };
    },

    /** One client's file for those who serve them; every read is audited. */
    async get(actor: Actor, id: string): Promise<ClientDetail> {
      return withScope(database, actor, async (tx) => {
        const row = await loadServed(tx, actor, id);
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
     * An officer opens a client's file, which their work does not give them: the reason goes into
     * the audit trail and onto the client's record.
     */
    async openFile(actor: Actor, id: string, reason: string): Promise<ClientDetail> {
      return withScope(database, actor, async (tx) => {
        const [row] = await tx
          .select()
          .from(clients)
          .where(and(eq(clients.id, id), inRegionScope(clients.regionCode, actor)));
        if (!row) throw notFound(clientEntity);
        await recordAudit(tx, actor, {
          action: 'read',
          entityType,
          entityId: id,
          regionCode: row.regionCode,
          detail: auditNote('file_opened', { reason }),
        });
        return detailOf(tx, actor, row);
      });
    },

    findDuplicates(actor: Actor, query: DuplicateQuery) {
      organisationOf(actor);
      return withScope(database, actor, (tx) => matchesIn(tx, actor, query));
    },

    /**
     * Registers a client with their consent to be served by the actor's organisation. The same ID
     * number in scope is refused (link the existing record); likely matches must have been shown.
     */
    async create(actor: Actor, input: ClientInput): Promise<ClientDetail> {
      const organisationId = organisationOf(actor);
      const now = today();
      refuseProblems([
        ...clientProblems(input, input.consent.givenBy, now),
        ...consentDateProblem(input.consent.givenOn, now, 'consent.givenOn'),
      ]);
      await assertRegion(actor, input.regionCode);
      const identity = identityOf(input.idNumber);
      return withScope(database, actor, async (tx) => {
        if (input.idNumber)
          // Two workers registering the same person at once: the second waits and finds the first.
          await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${input.idNumber}))`);
        const matches = await matchesIn(tx, actor, input);
        if (matches.some((m) => m.matchedBy === 'idNumber'))
          throw conflict(
            {
              'zh-CN': '该身份证号的服务对象已登记，请关联已有档案',
              'en-US': 'A client with this ID number is on record: link that record instead',
            },
            [{ path: 'body.idNumber', message: { 'zh-CN': '已登记', 'en-US': 'On record' } }],
          );
        if (matches.length > 0 && !input.duplicatesChecked)
          throw conflict(
            {
              'zh-CN': '发现可能重复的服务对象，请核对后再登记',
              'en-US': 'Likely duplicates found: check them before registering',
            },
            [{ path: 'body.name', message: { 'zh-CN': '可能重复', 'en-US': 'Likely duplicate' } }],
          );
        const id = newId();
        const [row] = await tx
          .insert(clients)
          .values({
            id,
            regionCode: input.regionCode,
            organisationId,
            idNumber: input.idNumber ?? null,
            name: input.name,
            sex: identity?.sex ?? input.sex,
            birthDate: identity?.birthDate ?? input.birthDate ?? null,
            ageBand: input.ageBand ?? null,
            populationGroups: input.populationGroups,
            riskLevel: input.riskLevel,
            phone: input.phone ?? null,
            homeAddress: input.address ?? null,
            guardianName: input.guardian?.name ?? null,
            guardianRelation: input.guardian?.relation ?? null,
            guardianPhone: input.guardian?.phone ?? null,
            createdBy: actor.accountId,
          })
          .returning();
        await recordAudit(tx, actor, {
          action: 'create',
          entityType,
          entityId: id,
          regionCode: input.regionCode,
        });
        await insertConsent(tx, actor, row!, {
          ...input.consent,
          kind: 'service',
          organisationId,
        });
        return detailOf(tx, actor, row!);
      });
    },

    /** Takes a client found by the duplicate check in: their consent to be served by this organisation. */
    async link(actor: Actor, id: string, consent: ConsentInput): Promise<ClientDetail> {
      const organisationId = organisationOf(actor);
      const now = today();
      return withScope(database, actor, async (tx) => {
        const [row] = await tx
          .select()
          .from(clients)
          .where(
            and(
              eq(clients.id, id),
              inRegionScope(clients.regionCode, actor),
              isNull(clients.mergedInto),
            ),
          );
        if (!row) throw notFound(clientEntity);
        refuseProblems([
          ...clientProblems(
            {
              sex: row.sex as 'male',
              birthDate: row.birthDate,
              ageBand: row.ageBand,
              guardian: row.guardianName ? { name: row.guardianName } : null,
            },
            consent.givenBy,
            now,
          ).filter((p) => p.field.startsWith('consent')),
          ...consentDateProblem(consent.givenOn, now, 'consent.givenOn'),
        ]);
        const [already] = await tx
          .select({ id: clients.id })
          .from(clients)
          .where(and(eq(clients.id, id), servedBy(organisationId, true)));
        if (already)
          throw conflict({
            'zh-CN': '本机构已在为该服务对象服务',
            'en-US': 'Your organisation already serves this client',
          });
        await insertConsent(tx, actor, row, { ...consent, kind: 'service', organisationId });
        return detailOf(tx, actor, row);
      });
    },

    async update(actor: Actor, id: string, input: UpdateClient): Promise<ClientDetail> {
      const now = today();
      return withScope(database, actor, async (tx) => {
        const before = await loadServed(tx, actor, id, true);
        if (before.mergedInto) throw conflict(mergedMessage);
        const { version, guardian, address, ...fields } = input;
        if (version !== before.version) throw new AppError('VERSION_CONFLICT');
        const next = {
          idNumber: before.idNumber,
          sex: fields.sex ?? (before.sex as 'male'),
          birthDate: fields.birthDate === undefined ? before.birthDate : fields.birthDate,
          ageBand: fields.ageBand === undefined ? before.ageBand : fields.ageBand,
          guardian:
            guardian === undefined
              ? before.guardianName
                ? { name: before.guardianName }
                : null
              : guardian,
        };
        refuseProblems(clientProblems(next, null, now));
        if (fields.regionCode) await assertRegion(actor, fields.regionCode);
        const after = await writeVersioned(
          tx,
          actor,
          { table: clients, entityType },
          before,
          {
            ...fields,
            ...(address === undefined ? {} : { homeAddress: address }),
            ...(guardian === undefined
              ? {}
              : {
                  guardianName: guardian?.name ?? null,
                  guardianRelation: guardian?.relation ?? null,
                  // A phone left out keeps the one on record (responses show it masked).
                  guardianPhone:
                    guardian && guardian.phone === undefined
                      ? before.guardianPhone
                      : (guardian?.phone ?? null),
                }),
          },
          { now: clock() },
        );
        return detailOf(tx, actor, after);
      });
    },

    /** A consent to share with a named organisation, or for photos; the service one comes with linking. */
    async addConsent(
      actor: Actor,
      clientId: string,
      input: ConsentInput & {
        kind: 'sharing' | 'photos';
        sharedWithOrganisationId?: string | null;
      },
    ): Promise<ClientDetail> {
      const now = today();
      const organisationId = organisationOf(actor);
      return withScope(database, actor, async (tx) => {
        const row = await loadServed(tx, actor, clientId, true);
        refuseProblems([
          ...clientProblems(
            {
              sex: row.sex as 'male',
              birthDate: row.birthDate,
              ageBand: row.ageBand,
              guardian: row.guardianName ? { name: row.guardianName } : null,
            },
            input.givenBy,
            now,
          )
            .filter((p) => p.field === 'consent.givenBy')
            .map((p) => ({ ...p, field: 'givenBy' })),
          ...consentDateProblem(input.givenOn, now, 'givenOn'),
        ]);
        let target = organisationId;
        if (input.kind === 'sharing') {
          const shared = input.sharedWithOrganisationId;
          if (!shared)
            throw invalidField('body.sharedWithOrganisationId', {
              'zh-CN': '请选择同意向其提供信息的机构',
              'en-US': 'Choose the organisation the client agrees to share with',
            });
          if (shared === organisationId)
            throw invalidField('body.sharedWithOrganisationId', {
              'zh-CN': '不能向本机构自身授权共享',
              'en-US': 'Sharing is with another organisation than your own',
            });
          if (!(await organisations.activeNamesVisible(actor, [shared])).has(shared))
            throw invalidField('body.sharedWithOrganisationId', {
              'zh-CN': '机构不存在或不在本辖区开展服务',
              'en-US': 'No such active organisation working in your scope',
            });
          target = shared;
        }
        await insertConsent(tx, actor, row, { ...input, organisationId: target });
        return detailOf(tx, actor, row);
      });
    },

    async revokeConsent(
      actor: Actor,
      clientId: string,
      consentId: string,
      { revokedOn, reason }: { revokedOn: string; reason: string },
    ): Promise<ClientDetail> {
      return withScope(database, actor, async (tx) => {
        const row = await loadServed(tx, actor, clientId);
        if (revokedOn > today())
          throw invalidField('body.revokedOn', {
            'zh-CN': '撤回日期不能晚于今天',
            'en-US': 'The date cannot be in the future',
          });
        const [consent] = await tx
          .select(consentColumns)
          .from(clientConsents)
          .where(and(eq(clientConsents.id, consentId), eq(clientConsents.clientId, clientId)));
        if (!consent) throw notFound({ 'zh-CN': '知情同意', 'en-US': 'Consent' });
        if (consent.revokedOn)
          throw conflict({ 'zh-CN': '该同意已撤回', 'en-US': 'This consent was revoked already' });
        if (revokedOn < consent.givenOn)
          throw invalidField('body.revokedOn', {
            'zh-CN': '撤回日期不能早于同意日期',
            'en-US': 'The consent cannot be revoked before it was given',
          });
        await tx
          .update(clientConsents)
          .set({ revokedOn, revokedReason: reason })
          .where(eq(clientConsents.id, consentId));
        await recordAudit(tx, actor, {
          action: 'update',
          entityType,
          entityId: clientId,
          regionCode: row.regionCode,
          changes: { revokedOn: [null, revokedOn] },
          detail: auditNote('consent_revoked', {
            kind: consent.kind as ConsentKind,
            consent: consentId,
            reason,
          }),
        });
        return detailOf(tx, actor, row);
      });
    },

    /** Attaches the signed form (a scan or photo) to a consent. */
    async attachEvidence(
      actor: Actor,
      clientId: string,
      consentId: string,
      file: { name: string; type: string; content: Buffer },
    ) {
      return withScope(database, actor, async (tx) => {
        const row = await loadServed(tx, actor, clientId);
        const updated = await tx
          .update(clientConsents)
          .set({ evidenceName: file.name, evidenceType: file.type, evidence: file.content })
          .where(and(eq(clientConsents.id, consentId), eq(clientConsents.clientId, clientId)))
          .returning({ id: clientConsents.id });
        if (updated.length === 0) throw notFound({ 'zh-CN': '知情同意', 'en-US': 'Consent' });
        await recordAudit(tx, actor, {
          action: 'update',
          entityType,
          entityId: clientId,
          regionCode: row.regionCode,
          detail: auditNote('consent_evidence_attached', { consent: consentId, file: file.name }),
        });
        return detailOf(tx, actor, row);
      });
    },

    async evidenceOf(actor: Actor, clientId: string, consentId: string) {
      return withScope(database, actor, async (tx) => {
        const row = await loadServed(tx, actor, clientId);
        const [found] = await tx
          .select({
            name: clientConsents.evidenceName,
            type: clientConsents.evidenceType,
            content: clientConsents.evidence,
          })
          .from(clientConsents)
          .where(and(eq(clientConsents.id, consentId), eq(clientConsents.clientId, clientId)));
        if (!found?.content) throw notFound({ 'zh-CN': '同意书文件', 'en-US': 'Consent form' });
        await recordAudit(tx, actor, {
          action: 'read',
          entityType,
          entityId: clientId,
          regionCode: row.regionCode,
          detail: auditNote('consent_evidence_read', { consent: consentId }),
        });
        return {
          name: found.name ?? 'consent',
          type: found.type ?? 'application/octet-stream',
          content: found.content,
        };
      });
    },

    /**
     * Merges a duplicate into this record: its consents, cases, places on group and activity lists,
     * attendance and referrals move here; it stays as history pointing at this one. Both must be
     * clients the actor's organisation serves.
     */
    async merge(actor: Actor, id: string, duplicateId: string, reason: string) {
      if (id === duplicateId)
        throw invalidField('body.duplicateId', {
          'zh-CN': '不能与自身合并',
          'en-US': 'A record cannot be merged into itself',
        });
      return withScope(database, actor, async (tx) => {
        const kept = await loadServed(tx, actor, id, true);
        const [merged] = await tx
          .select({ into: clients.mergedInto })
          .from(clients)
          .where(and(eq(clients.id, duplicateId), inRegionScope(clients.regionCode, actor)));
        if (kept.mergedInto || merged?.into) throw conflict(mergedMessage);
        const duplicate = await loadServed(tx, actor, duplicateId).catch(() => {
          throw invalidField('body.duplicateId', {
            'zh-CN': '重复档案不存在或本机构未为其服务',
            'en-US': 'No such client served by your organisation',
          });
        });
        if (kept.idNumber && duplicate.idNumber && kept.idNumber !== duplicate.idNumber)
          throw invalidField('body.duplicateId', {
            'zh-CN': '两份档案的身份证号不同，不是同一人',
            'en-US': 'The two records carry different ID numbers: not the same person',
          });
        await tx
          .update(clientConsents)
          .set({ clientId: id, regionCode: kept.regionCode })
          .where(eq(clientConsents.clientId, duplicateId));
        const moved: Record<string, number> = {};
        for (const move of mergedRecordMovers)
          Object.assign(moved, await move(tx, duplicateId, id));
        await writeVersioned(
          tx,
          actor,
          { table: clients, entityType },
          duplicate,
          { mergedInto: id, mergedReason: reason },
          { now: clock(), detail: auditNote('client_merged', { into: id, reason, ...moved }) },
        );
        if (!kept.idNumber && duplicate.idNumber)
          await tx.update(clients).set({ idNumber: duplicate.idNumber }).where(eq(clients.id, id));
        const [after] = await tx.select().from(clients).where(eq(clients.id, id));
        return detailOf(tx, actor, after!);
      });
    },

    /** For other modules: a client the actor's organisation serves (404 otherwise), in their transaction. */
    loadServed,

    /**
     * For other modules: of `ids`, the clients the actor's organisation serves in the actor's
     * scope, in one query (a group's members, an attendance sheet); the others are left out.
     */
    async loadServedMany(
      tx: Transaction,
      actor: Actor,
      ids: readonly string[],
      activeOnly = false,
    ): Promise<ClientRow[]> {
      if (ids.length === 0) return [];
      return tx
        .select()
        .from(clients)
        .where(
          and(
            isAnyOf(clients.id, [...new Set(ids)]),
            inRegionScope(clients.regionCode, actor),
            servedBy(organisationOf(actor), activeOnly),
          ),
        );
    },

    /** For other modules: masked names of clients, for lists that show whose record it is. */
    async maskedNamesOf(tx: Transaction, ids: readonly string[]): Promise<Map<string, string>> {
      if (ids.length === 0) return new Map();
      const rows = await tx
        .select({ id: clients.id, name: clients.name })
        .from(clients)
        .where(isAnyOf(clients.id, [...new Set(ids)]));
      return new Map(rows.map((r) => [r.id, maskName(r.name)]));
    },

    /**
     * Whether the client consents to sharing with an organisation (an active sharing consent
     * naming it), for referrals.
     */
    async sharingConsent(tx: Transaction, clientId: string, organisationId: string) {
      const [found] = await tx
        .select({ id: clientConsents.id })
        .from(clientConsents)
        .where(
          and(
            eq(clientConsents.clientId, clientId),
            eq(clientConsents.kind, 'sharing'),
            eq(clientConsents.organisationId, organisationId),
            isNull(clientConsents.revokedOn),
          ),
        )
        .limit(1);
      return found?.id ?? null;
    },
  };
}

const mergedMessage = {
  'zh-CN': '该档案已合并到另一份档案，请在合并后的档案中操作',
  'en-US': 'This record was merged into another: work on that one',
};

export type ClientService = ReturnType<typeof createClientService>;
