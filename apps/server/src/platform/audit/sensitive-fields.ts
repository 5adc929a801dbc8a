import { maskName, maskPhone, maskResidentId, type Permission } from '@shegong/domain';

/**
 * The one list of personal data (个人信息保护法 art. 28) in the database: every column of every
 * table that holds something of a person, and what the platform does with it. Masking in
 * responses, exports and the audit trail all read it; `personal-data.test.ts` fails when a column
 * that looks personal is not in it.
 *
 * - `masked`: shown as its mask everywhere; whole only to `revealedBy`, through an audited reveal.
 * - `hidden`: never shown (a secret, or a value only shown as something derived from it).
 * - `shown`: shown whole on purpose, for the reason given.
 *
 * Tables by their SQL name, columns by their field name in code. A field name means the same
 * thing in every table (the audit trail masks by field name alone), which the test checks too.
 */
export type Classification =
  | { kind: 'masked'; mask: (value: string) => string; revealedBy?: Permission }
  | { kind: 'hidden'; reason: string }
  | { kind: 'shown'; reason: string };

const masked = (mask: (value: string) => string, revealedBy?: Permission): Classification => ({
  kind: 'masked',
  mask,
  ...(revealedBy ? { revealedBy } : {}),
});
/** A home address keeps its district and street, enough to plan a visit, not to find the door. */
const maskAddress = (address: string) => `${Array.from(address).slice(0, 6).join('')}****`;
const hidden = (reason: string): Classification => ({ kind: 'hidden', reason });
const shown = (reason: string): Classification => ({ kind: 'shown', reason });

const staffName = shown(
  'the name of a member of staff acting in the platform: accountability needs it whole',
);
const placeName = shown('the name of a place, an organisation or a file, not of a person');
const publicAddress = shown(
  'the address of an organisation or a service site, published for the public to find it',
);
const workerName = shown(
  'officers identify the worker by name (with the masked ID number beside it); no number',
);
const sexOf = shown('a statistic of the census; the masked ID number shows the same parity');
const requestOrigin = shown(
  'where a request came from, read by the audit administrator alone to investigate',
);
/**
 * What a group's session did and how the group ended: whole to the organisation that runs it on
 * its audited read; officers see counts; never in the audit trail or logs.
 */
const groupworkNote = masked(() => '[小组活动记录]', 'groupwork:work');
/**
 * What a referral shares and its result (case content): whole to the two organisations of the
 * referral on its audited read, never in the audit trail, logs or exports.
 */
const caseContent = masked(() => '[个案内容]', 'referrals:work');
/**
 * What a case file says (intake, assessments, plans, contacts, evaluations, closures, timeline
 * notes): whole to the case's team and the organisation's administrator on the audited read of the
 * file, and to an officer who opened it with a reason; never in the audit trail, logs or exports.
 */
const caseRecord = masked(() => '[个案内容]', 'cases:work');
const signInName = shown(
  'an account name chosen for signing in, shown to the administrators who manage accounts',
);

export const personalData: Record<string, Record<string, Classification>> = {
  account: {
    username: signInName,
    realName: staffName,
    phone: masked(maskPhone),
    passwordHash: hidden('a secret: never leaves the server'),
  },
  login_failure: { username: signInName },
  session: { ip: requestOrigin, userAgent: requestOrigin },
  audit_event: { actorName: staffName, ip: requestOrigin, userAgent: requestOrigin },
  division: { name: placeName },
  organisation: {
    name: placeName,
    legalRepresentative: masked(maskName, 'organisations:write'),
    contactPerson: masked(maskName, 'organisations:write'),
    contactPhone: masked(maskPhone, 'organisations:write'),
    address: publicAddress,
  },
  organisation_rating: {
    assessor: shown('the assessing body (评估机构) named on the published rating'),
  },
  incubation_base: { name: placeName, address: publicAddress },
  station: { name: placeName, address: publicAddress },
  station_staff: { workerName },
  worker: {
    idNumber: masked(maskResidentId, 'workers:reveal'),
    name: workerName,
    sex: sexOf,
    birthDate: hidden(
      'shown only as the age: with the masked ID number it would give the whole number',
    ),
    phone: masked(maskPhone, 'workers:reveal'),
  },
  client: {
    idNumber: masked(maskResidentId),
    name: shown(
      'the workers who serve the client know them by name; lists elsewhere and the audit log mask it',
    ),
    sex: sexOf,
    birthDate: hidden('shown only as the age or under-14 flag; with a name it identifies'),
    ageBand: shown('a band of years, given when the birth date is not known; never a date'),
    phone: masked(maskPhone),
    homeAddress: masked(maskAddress, 'clients:work'),
    guardianName: masked(maskName),
    guardianRelation: shown('a relation (母亲, 祖父…), not a person'),
    guardianPhone: masked(maskPhone),
  },
  client_consent: {
    evidenceName: placeName,
    evidence: hidden('the scan of a signed form: only downloaded, through an audited read'),
  },
  referral: {
    clientName: shown(
      'the sender knows the client by name, the receiver once it accepts (on the audited read); lists of the receiver, the officers’ board and the audit log mask it',
    ),
    clientSex: sexOf,
    clientAge: shown('the age in years the receiver needs to answer; never a birth date'),
    clientAgeBand: shown('a band of years, given when the birth date is not known; never a date'),
    senderOrganisationName: placeName,
    senderStationName: placeName,
    receiverName: placeName,
    receiverStationName: placeName,
    sentByName: staffName,
    answeredByName: staffName,
    doneByName: staffName,
    revokedByName: staffName,
    consentOverriddenByName: staffName,
    referralReason: caseContent,
    sharedSummary: caseContent,
    acceptNote: caseContent,
    resultNote: caseContent,
  },
  case_work: {
    supervisorName: staffName,
    presentingProblem: caseRecord,
    declineReason: caseRecord,
    declineReferredTo: caseRecord,
  },
  case_worker: { workerName: staffName },
  case_assessment: {
    domainScores: caseRecord,
    assessmentSummary: caseRecord,
    recordedByName: staffName,
  },
  case_goal: { goalTitle: caseRecord },
  case_task: { taskTitle: caseRecord },
  case_contact: { contactNotes: caseRecord, recordedByName: staffName },
  case_evaluation: {
    goalResults: caseRecord,
    evaluationSummary: caseRecord,
    recordedByName: staffName,
  },
  case_closure: {
    closureSummary: caseRecord,
    decisionNote: caseRecord,
    requestedByName: staffName,
    decidedByName: staffName,
  },
  case_event: { actorName: staffName, eventNote: caseRecord },
  worker_census_fact: {
    sex: sexOf,
    ageBand: shown('a band of ten years or more, counted in the census; never a birth date'),
  },
  employment: { employerName: placeName },
  worker_transfer: {
    idNumber: masked(maskResidentId, 'workers:reveal'),
    name: workerName,
    employerName: placeName,
    requestedByName: staffName,
    decidedByName: staffName,
  },
  registration_review: { reviewerName: staffName },
  course: { organiser: placeName },
  import_job: { fileName: placeName },
  import_batch: {
    inputs: hidden('the rows of an uploaded sheet, kept for its commit and never shown'),
  },
  calendar_day: { name: shown('the name of a holiday (春节, 国庆节调休), not of a person') },
  service_group: {
    name: shown('the name of a group (小组) of social work, not of a person'),
    endingSummary: groupworkNote,
  },
  service_group_stage: { movedByName: staffName },
  project: {
    draftedByName: staffName,
    approvedByName: staffName,
    providerName: placeName,
  },
  project_move: { actorName: staffName },
  tender: { publishedByName: staffName, awardedByName: staffName },
  tender_bid: {
    organisationName: placeName,
    submittedByName: staffName,
    withdrawnByName: staffName,
  },
  tender_panel_member: {
    name: shown(
      'the experts (评标专家) on the review panel, named on the tender record the department keeps',
    ),
  },
  contract: { providerName: placeName, signedByName: staffName, draftedByName: staffName },
  contract_indicator: {
    name: shown('the name of a service indicator (服务指标) of a contract, not of a person'),
  },
  contract_worker: {
    name: shown(
      'the provider’s workers named on the contract (项目人员), as the signed contract lists them; no number',
    ),
  },
  contract_tranche: {
    requestedByName: staffName,
    approvedByName: staffName,
    paidByName: staffName,
  },
  contract_version: { createdByName: staffName },
  contract_report: { submittedByName: staffName, reviewedByName: staffName },
  fund_source: { name: placeName, createdByName: staffName },
  fund_allocation: { createdByName: staffName },
  indicator_template: {
    name: shown('the name of an indicator template (评估指标模板), not of a person'),
    createdByName: staffName,
  },
  indicator_version: { createdByName: staffName, publishedByName: staffName },
  evaluation_round: {
    providerName: placeName,
    providerConfirmedByName: staffName,
    finalisedByName: staffName,
    createdByName: staffName,
    rectificationSubmittedByName: staffName,
    rectificationReviewedByName: staffName,
  },
  evaluation_assignment: {
    evaluatorName: shown(
      'the evaluator (评估人员) assigned, as the round and its report name them; no number or contact',
    ),
    agencyName: placeName,
    resolvedByName: staffName,
    assignedByName: staffName,
    declarationNote: hidden(
      'what an evaluator declares of their ties (利益冲突声明): for the organiser alone, never in the trail',
    ),
  },
  evaluation_sheet: { scorerName: staffName },
  evaluation_rescore: { byName: staffName },
  evaluation_objection: {
    itemName: shown('the name of an indicator contested (评估指标), not of a person'),
    raisedByName: staffName,
    decidedByName: staffName,
  },
  evaluation_draw: { drawnByName: staffName },
  evaluation_evidence_file: {
    name: placeName,
    uploadedByName: staffName,
    content: hidden('a document an evaluator attached: only downloaded, through an audited read'),
  },
  project_review: {
    reviewers: shown(
      'the experts (评审专家) who signed the review, named on the record the department keeps',
    ),
    recordedByName: staffName,
  },
  service_session: {
    contentSummary: groupworkNote,
    volunteerNames: shown(
      'volunteers named by the organisation that organised the session (志愿服务记录: whoever organises records); shown to it alone, never in exports',
    ),
    personTimes: shown('a count of attendances (人次), not a person'),
  },
};

const hiddenMark = '[hidden]';

/** Each masked or hidden field's mask, by field name: the same in every table (tested). */
const maskers = new Map<string, (value: string) => string>(
  Object.values(personalData).flatMap((columns) =>
    Object.entries(columns).flatMap(([field, c]) =>
      c.kind === 'masked'
        ? [[field, c.mask] as const]
        : c.kind === 'hidden'
          ? [[field, () => hiddenMark] as const]
          : [],
    ),
  ),
);

export function isSensitiveField(field: string): boolean {
  return maskers.has(field);
}

export function maskField(field: string, value: unknown): unknown {
  const mask = maskers.get(field);
  return mask && typeof value === 'string' && value !== '' ? mask(value) : value;
}

/** `row` with every masked or hidden field of `table` masked: what a response or an export shows. */
export function maskPersonal<Row extends object>(table: string, row: Row): Row {
  const columns = personalData[table] ?? {};
  const out = { ...row } as Record<string, unknown>;
  for (const [field, c] of Object.entries(columns)) {
    if (c.kind !== 'shown' && field in out) out[field] = maskField(field, out[field]);
  }
  return out as Row;
}

/**
 * Whether `value` is what the reader was shown of `stored` (its mask) and so no change: an edit
 * form or a re-imported export sends masked fields back as they were shown.
 */
export function isMaskOf(field: string, stored: unknown, value: unknown): boolean {
  return (
    isSensitiveField(field) &&
    typeof stored === 'string' &&
    typeof value === 'string' &&
    stored !== value &&
    maskField(field, stored) === value
  );
}

/** `input` without the fields that only echo the mask of what `stored` holds. */
export function withoutEchoedMasks<Input extends object>(stored: object, input: Input): Input {
  const before = stored as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(input).filter(([field, value]) => !isMaskOf(field, before[field], value)),
  ) as Input;
}

/** The field names that are masked or hidden, for log redaction. */
export function sensitiveFieldNames(): string[] {
  return [...maskers.keys()];
}
