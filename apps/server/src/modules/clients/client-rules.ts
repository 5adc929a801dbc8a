import {
  ageOn,
  clientAgeBands,
  guardianConsentAge,
  parseResidentId,
  type ClientAgeBand,
  type LocalizedText,
} from '@shegong/domain';
import type { RuleProblem } from '../../platform/errors/rule-problems';

/** What an ID number says of the person: the birth date and sex it encodes, when it has one. */
export function identityOf(idNumber: string | null | undefined) {
  if (!idNumber) return null;
  const parsed = parseResidentId(idNumber);
  return parsed.ok ? { birthDate: parsed.value.birthDate, sex: parsed.value.sex } : null;
}

/** The client's age today, from the birth date; null when only a band is known. */
export function ageOf(birthDate: string | null, today: string): number | null {
  return birthDate ? ageOn(birthDate, today) : null;
}

/** Under 14 (个人信息保护法 art. 31): from the birth date, else from the band. */
export function isMinor(birthDate: string | null, ageBand: string | null, today: string): boolean {
  if (birthDate) return ageOn(birthDate, today) < guardianConsentAge;
  const band = clientAgeBands.find((b) => b.code === (ageBand as ClientAgeBand));
  return band ? band.to < guardianConsentAge : false;
}

interface ClientFacts {
  idNumber?: string | null;
  sex: 'male' | 'female';
  birthDate?: string | null;
  ageBand?: string | null;
  guardian?: { name: string } | null;
}

const problem = (field: string, message: LocalizedText): RuleProblem => ({ field, message });

/**
 * The rules of a client's identity and guardian, for the form and the correction: the ID number's
 * birth date and sex win over typed ones (a mismatch is refused, not silently replaced), a birth
 * date or an age band is needed, and under 14 a guardian is named and gives the consent.
 */
export function clientProblems(
  input: ClientFacts,
  consentGivenBy: 'self' | 'guardian' | null,
  today: string,
): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const identity = identityOf(input.idNumber);
  if (identity && input.birthDate && input.birthDate !== identity.birthDate)
    problems.push(
      problem('birthDate', {
        'zh-CN': '出生日期与身份证号不一致',
        'en-US': 'The birth date does not match the ID number',
      }),
    );
  if (identity && input.sex !== identity.sex)
    problems.push(
      problem('sex', {
        'zh-CN': '性别与身份证号不一致',
        'en-US': 'The sex does not match the ID number',
      }),
    );
  const birthDate = identity?.birthDate ?? input.birthDate ?? null;
  if (!birthDate && !input.ageBand)
    problems.push(
      problem('birthDate', {
        'zh-CN': '请填写出生日期或选择年龄段',
        'en-US': 'Enter the birth date or choose an age band',
      }),
    );
  if (birthDate && birthDate > today)
    problems.push(
      problem('birthDate', {
        'zh-CN': '出生日期不能晚于今天',
        'en-US': 'The birth date cannot be in the future',
      }),
    );
  if (isMinor(birthDate, input.ageBand ?? null, today)) {
    if (!input.guardian)
      problems.push(
        problem('guardian', {
          'zh-CN': '未满十四周岁的服务对象须登记监护人',
          'en-US': 'A client under 14 needs a guardian on record',
        }),
      );
    if (consentGivenBy === 'self')
      problems.push(
        problem('consent.givenBy', {
          'zh-CN': '未满十四周岁的服务对象须由监护人同意',
          'en-US': 'For a client under 14 the guardian gives the consent',
        }),
      );
  }
  return problems;
}

/** A consent is not dated in the future. */
export function consentDateProblem(givenOn: string, today: string, field: string) {
  return givenOn > today
    ? [
        problem(field, {
          'zh-CN': '同意日期不能晚于今天',
          'en-US': 'The consent date cannot be in the future',
        }),
      ]
    : [];
}
