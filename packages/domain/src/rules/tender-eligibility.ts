import type { CreditRecordKind } from '../enums/credit-record-kinds';
import { inspectionResults, type InspectionResult } from '../enums/inspection-results';
import { ratingGrades, type RatingGrade } from '../enums/rating-grades';
import { serviceFields, type ServiceField } from '../enums/service-fields';
import type { Language } from '../i18n/language';
import { regionContains } from '../regions/region-code';
import type { CalendarDate } from './calendar-dates';
import { currentRating, type RatingPeriod } from './organisation-rating';

/**
 * 投标资格: the rules a tender names, checked against the organisation registry as it stands on
 * the tender's deadline — never typed by anyone. Every rule gives a verdict with the registry
 * facts it read (the rating and its expiry, the latest inspection, the list entries…), so an
 * officer and a bidder see why. A 不合格 evaluation bars the provider whatever the tender names:
 * the evaluation module writes the bar into the credit record, running to the end of the next year.
 */
export interface TenderRules {
  /** The lowest rating (评估等级) accepted, valid on the deadline; null: no rating needed. */
  minimumRating: RatingGrade | null;
  /** The lowest result of the latest annual inspection (年检) accepted; null: not checked. */
  minimumInspection: Exclude<InspectionResult, 'fail'> | null;
  /** Not on the abnormal-activity list (活动异常名录) nor the serious dishonesty list (严重违法失信名单). */
  excludeListed: boolean;
  /** The service fields the bidder must serve (empty: not checked)… */
  serviceFields: readonly ServiceField[];
  /** …any one of them, or all. */
  fieldsMatch: 'any' | 'all';
  /** Registered in the tender's region (or by a government above it), or running a station in it. */
  regionRequired: boolean;
}

/** What the registry holds about a bidder, as the eligibility reads it. */
export interface BidderFacts {
  regionCode: string;
  status: 'active' | 'deactivated';
  deactivatedOn: CalendarDate | null;
  serviceFields: readonly string[];
  ratings: readonly RatingPeriod[];
  inspections: readonly {
    year: number;
    result: InspectionResult;
    inspectedOn: CalendarDate | null;
  }[];
  listEntries: readonly {
    kind: CreditRecordKind;
    startedOn: CalendarDate;
    endedOn: CalendarDate | null;
    documentRef: string | null;
  }[];
  /** Stations the organisation runs (operating) inside the tender's region. */
  stationsInRegion: readonly { id: string; name: string; regionCode: string }[];
}

export const listKinds = [
  'abnormal_list',
  'dishonesty_list',
] as const satisfies readonly CreditRecordKind[];

export type EligibilityCheck =
  | {
      rule: 'registration';
      passed: boolean;
      evidence: { status: string; deactivatedOn: CalendarDate | null };
    }
  | {
      rule: 'rating';
      passed: boolean;
      evidence: {
        required: RatingGrade;
        asOf: CalendarDate;
        /** The rating in force on the deadline, else the latest one given (expired or not yet). */
        grade: RatingGrade | null;
        ratedOn: CalendarDate | null;
        validUntil: CalendarDate | null;
        validOnDeadline: boolean;
      };
    }
  | {
      rule: 'inspection';
      passed: boolean;
      evidence: {
        required: Exclude<InspectionResult, 'fail'>;
        /** The latest inspection of the deadline's year or the two before it. */
        year: number | null;
        result: InspectionResult | null;
        inspectedOn: CalendarDate | null;
      };
    }
  | {
      rule: 'lists';
      passed: boolean;
      evidence: {
        asOf: CalendarDate;
        entries: { kind: CreditRecordKind; startedOn: CalendarDate; documentRef: string | null }[];
      };
    }
  | {
      rule: 'evaluation';
      passed: boolean;
      evidence: {
        asOf: CalendarDate;
        bars: {
          startedOn: CalendarDate;
          endedOn: CalendarDate | null;
          documentRef: string | null;
        }[];
      };
    }
  | {
      rule: 'fields';
      passed: boolean;
      evidence: {
        required: ServiceField[];
        match: 'any' | 'all';
        served: ServiceField[];
        missing: ServiceField[];
      };
    }
  | {
      rule: 'region';
      passed: boolean;
      evidence: {
        tenderRegionCode: string;
        registeredRegionCode: string;
        registeredIn: boolean;
        stations: { id: string; name: string; regionCode: string }[];
      };
    };

export type EligibilityRule = EligibilityCheck['rule'];

export interface EligibilityVerdict {
  eligible: boolean;
  /** The date the rules were checked on: the deadline's day in China. */
  asOf: CalendarDate;
  checks: EligibilityCheck[];
}

const rankOf = (grade: RatingGrade) => ratingGrades.find((g) => g.code === grade)!.rank;
const inspectionRank: Record<InspectionResult, number> = { fail: 0, basic_pass: 1, pass: 2 };

/**
 * Checks every rule of the tender against a bidder's registry facts as of `asOf` (the deadline's
 * day), the tender's region given. A deactivated organisation is never eligible.
 */
export function tenderEligibility(
  rules: TenderRules,
  facts: BidderFacts,
  { asOf, regionCode }: { asOf: CalendarDate; regionCode: string },
): EligibilityVerdict {
  const checks: EligibilityCheck[] = [];
  const active =
    facts.status === 'active' && (facts.deactivatedOn === null || facts.deactivatedOn > asOf);
  checks.push({
    rule: 'registration',
    passed: active,
    evidence: { status: facts.status, deactivatedOn: facts.deactivatedOn },
  });

  if (rules.minimumRating) {
    const inForce = currentRating(facts.ratings, asOf);
    const shown =
      inForce ?? [...facts.ratings].sort((a, b) => b.ratedOn.localeCompare(a.ratedOn))[0] ?? null;
    checks.push({
      rule: 'rating',
      passed: inForce !== null && rankOf(inForce.grade) >= rankOf(rules.minimumRating),
      evidence: {
        required: rules.minimumRating,
        asOf,
        grade: shown?.grade ?? null,
        ratedOn: shown?.ratedOn ?? null,
        validUntil: shown?.validUntil ?? null,
        validOnDeadline: inForce !== null,
      },
    });
  }

  if (rules.minimumInspection) {
    const year = Number(asOf.slice(0, 4));
    const latest = facts.inspections
      .filter((i) => i.year >= year - 2 && i.year <= year)
      .sort((a, b) => b.year - a.year)[0];
    checks.push({
      rule: 'inspection',
      passed:
        latest !== undefined &&
        inspectionRank[latest.result] >= inspectionRank[rules.minimumInspection],
      evidence: {
        required: rules.minimumInspection,
        year: latest?.year ?? null,
        result: latest?.result ?? null,
        inspectedOn: latest?.inspectedOn ?? null,
      },
    });
  }

  if (rules.excludeListed) {
    const entries = facts.listEntries
      .filter(
        (e) =>
          (listKinds as readonly string[]).includes(e.kind) &&
          e.startedOn <= asOf &&
          (e.endedOn === null || e.endedOn >= asOf),
      )
      .map(({ kind, startedOn, documentRef }) => ({ kind, startedOn, documentRef }));
    checks.push({ rule: 'lists', passed: entries.length === 0, evidence: { asOf, entries } });
  }

  const bars = facts.listEntries
    .filter(
      (e) =>
        e.kind === 'evaluation_failed' &&
        e.startedOn <= asOf &&
        (e.endedOn === null || e.endedOn >= asOf),
    )
    .map(({ startedOn, endedOn, documentRef }) => ({ startedOn, endedOn, documentRef }));
  checks.push({ rule: 'evaluation', passed: bars.length === 0, evidence: { asOf, bars } });

  if (rules.serviceFields.length > 0) {
    const required = [...rules.serviceFields];
    const served = required.filter((f) => facts.serviceFields.includes(f));
    const missing = required.filter((f) => !served.includes(f));
    checks.push({
      rule: 'fields',
      passed: rules.fieldsMatch === 'all' ? missing.length === 0 : served.length > 0,
      evidence: { required, match: rules.fieldsMatch, served, missing },
    });
  }

  if (rules.regionRequired) {
    // An organisation registered by a government above the region works in all of it.
    const registeredIn =
      regionContains(regionCode, facts.regionCode) || regionContains(facts.regionCode, regionCode);
    checks.push({
      rule: 'region',
      passed: registeredIn || facts.stationsInRegion.length > 0,
      evidence: {
        tenderRegionCode: regionCode,
        registeredRegionCode: facts.regionCode,
        registeredIn,
        stations: [...facts.stationsInRegion],
      },
    });
  }

  return { eligible: checks.every((c) => c.passed), asOf, checks };
}

export const eligibilityRuleLabels: Record<EligibilityRule, Record<Language, string>> = {
  registration: { 'zh-CN': '登记状态', 'en-US': 'Registration' },
  rating: { 'zh-CN': '评估等级', 'en-US': 'Rating' },
  inspection: { 'zh-CN': '年度检查', 'en-US': 'Annual inspection' },
  lists: { 'zh-CN': '异常名录与失信名单', 'en-US': 'Abnormal and dishonesty lists' },
  evaluation: { 'zh-CN': '以往评估结果', 'en-US': 'Earlier evaluations' },
  fields: { 'zh-CN': '服务领域', 'en-US': 'Service fields' },
  region: { 'zh-CN': '服务区域', 'en-US': 'Region' },
};

const gradeLabel = (g: RatingGrade) => g;
const inspectionLabel = (r: InspectionResult, language: Language) =>
  inspectionResults.find((i) => i.code === r)![language];
const fieldLabels = (codes: readonly ServiceField[], language: Language) =>
  codes
    .map((c) => serviceFields.find((f) => f.code === c)![language])
    .join(language === 'zh-CN' ? '、' : ', ');
const listLabel = (kind: CreditRecordKind, language: Language) =>
  kind === 'abnormal_list'
    ? language === 'zh-CN'
      ? '活动异常名录'
      : 'abnormal-activity list'
    : language === 'zh-CN'
      ? '严重违法失信名单'
      : 'serious dishonesty list';

/**
 * One line saying what a check found, in the reader's language: the table's evidence cell and the
 * message refusing an ineligible winner. Region names are the caller's (codes here).
 */
export function describeCheck(
  check: EligibilityCheck,
  language: Language,
  regionName: (code: string) => string = (code) => code,
): string {
  const zh = language === 'zh-CN';
  switch (check.rule) {
    case 'registration':
      return check.passed
        ? zh
          ? '登记状态正常'
          : 'Registered and active'
        : zh
          ? `已注销（${check.evidence.deactivatedOn ?? ''}）`
          : `Deactivated (${check.evidence.deactivatedOn ?? ''})`;
    case 'rating': {
      const e = check.evidence;
      if (!e.grade)
        return zh ? `无评估等级（要求 ≥ ${e.required}）` : `No rating (≥ ${e.required} required)`;
      const period = zh
        ? `${e.ratedOn} 评定，有效期至 ${e.validUntil}`
        : `rated ${e.ratedOn}, valid until ${e.validUntil}`;
      if (!e.validOnDeadline)
        return zh
          ? `${gradeLabel(e.grade)}（${period}）截止日 ${e.asOf} 不在有效期内（要求 ≥ ${e.required}）`
          : `${e.grade} (${period}) not valid on the deadline ${e.asOf} (≥ ${e.required} required)`;
      return check.passed
        ? zh
          ? `${e.grade}（${period}），满足 ≥ ${e.required}`
          : `${e.grade} (${period}), meets ≥ ${e.required}`
        : zh
          ? `${e.grade}（${period}），低于要求的 ${e.required}`
          : `${e.grade} (${period}), below the required ${e.required}`;
    }
    case 'inspection': {
      const e = check.evidence;
      const required = inspectionLabel(e.required, language);
      if (e.year === null || e.result === null)
        return zh
          ? `近三个年度无年检记录（要求 ${required}及以上）`
          : `No annual inspection in the last three years (${required} or better required)`;
      const found = zh
        ? `${e.year} 年度年检${inspectionLabel(e.result, language)}${e.inspectedOn ? `（${e.inspectedOn}）` : ''}`
        : `${e.year} inspection: ${inspectionLabel(e.result, language)}${e.inspectedOn ? ` (${e.inspectedOn})` : ''}`;
      return check.passed
        ? found
        : zh
          ? `${found}，未达到${required}`
          : `${found}, below ${required}`;
    }
    case 'lists': {
      const e = check.evidence;
      if (check.passed)
        return zh ? `截止日 ${e.asOf} 未列入异常名录或失信名单` : `Not listed on ${e.asOf}`;
      return e.entries
        .map((entry) =>
          zh
            ? `${entry.startedOn} 起列入${listLabel(entry.kind, language)}${entry.documentRef ? `（${entry.documentRef}）` : ''}`
            : `On the ${listLabel(entry.kind, language)} since ${entry.startedOn}${entry.documentRef ? ` (${entry.documentRef})` : ''}`,
        )
        .join(zh ? '；' : '; ');
    }
    case 'evaluation': {
      const e = check.evidence;
      if (check.passed)
        return zh
          ? `截止日 ${e.asOf} 无评估不合格限制`
          : `Not barred by a failed evaluation on ${e.asOf}`;
      return e.bars
        .map((bar) =>
          zh
            ? `${bar.startedOn} 评估不合格，${bar.endedOn ?? ''} 前不得参与投标${bar.documentRef ? `（${bar.documentRef}）` : ''}`
            : `Failed an evaluation on ${bar.startedOn}: barred until ${bar.endedOn ?? ''}${bar.documentRef ? ` (${bar.documentRef})` : ''}`,
        )
        .join(zh ? '；' : '; ');
    }
    case 'fields': {
      const e = check.evidence;
      if (check.passed)
        return zh
          ? `服务领域含${fieldLabels(e.served, language)}`
          : `Serves ${fieldLabels(e.served, language)}`;
      return zh
        ? `未登记服务领域${fieldLabels(e.missing, language)}`
        : `Does not serve ${fieldLabels(e.missing, language)}`;
    }
    case 'region': {
      const e = check.evidence;
      if (e.registeredIn)
        return zh
          ? `登记于${regionName(e.registeredRegionCode)}`
          : `Registered in ${regionName(e.registeredRegionCode)}`;
      if (e.stations.length > 0)
        return zh
          ? `登记于${regionName(e.registeredRegionCode)}，在本区域运营 ${e.stations.map((s) => s.name).join('、')}`
          : `Registered in ${regionName(e.registeredRegionCode)}, runs ${e.stations.map((s) => s.name).join(', ')} here`;
      return zh
        ? `登记于${regionName(e.registeredRegionCode)}，未在${regionName(e.tenderRegionCode)}登记或运营站点`
        : `Registered in ${regionName(e.registeredRegionCode)}; neither registered in nor running a station in ${regionName(e.tenderRegionCode)}`;
    }
  }
}
