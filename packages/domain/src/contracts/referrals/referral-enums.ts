import { z } from 'zod';
import { codesOf, type EnumEntry } from '../../enums/enum-entry';

/**
 * Where a referral stands (Primero's transitions): sent and waiting for the receiver's answer,
 * accepted or refused (with a reason), done with the result reported back, or revoked by the
 * sender.
 */
export const referralStatuses = [
  { code: 'pending', 'zh-CN': '待接收', 'en-US': 'Waiting' },
  { code: 'accepted', 'zh-CN': '已接收', 'en-US': 'Accepted' },
  { code: 'refused', 'zh-CN': '已拒绝', 'en-US': 'Refused' },
  { code: 'done', 'zh-CN': '已完成', 'en-US': 'Done' },
  { code: 'revoked', 'zh-CN': '已撤回', 'en-US': 'Revoked' },
] as const satisfies readonly EnumEntry[];
export type ReferralStatus = (typeof referralStatuses)[number]['code'];
export const referralStatusSchema = z.enum(codesOf(referralStatuses));

/** The statuses of a referral still open: a second one of the client to the same receiver waits. */
export const openReferralStatuses = ['pending', 'accepted'] as const satisfies ReferralStatus[];

/**
 * 全科 + 专科: a station (全科) refers a client to a specialist (专科) or another department's
 * service; the specialist hands the client back to the station (回转) when its part is done.
 */
export const referralDirections = [
  { code: 'to_specialist', 'zh-CN': '转出（转介至专科）', 'en-US': 'To a specialist' },
  { code: 'back_to_station', 'zh-CN': '回转（转回站点）', 'en-US': 'Back to the station' },
] as const satisfies readonly EnumEntry[];
export type ReferralDirection = (typeof referralDirections)[number]['code'];
export const referralDirectionSchema = z.enum(codesOf(referralDirections));

/** Who receives: an organisation of the registry, or a service of another department (named). */
export const referralReceiverKinds = [
  { code: 'organisation', 'zh-CN': '社会组织（专业机构）', 'en-US': 'An organisation' },
  { code: 'department', 'zh-CN': '其他部门的服务', 'en-US': 'Another department’s service' },
] as const satisfies readonly EnumEntry[];
export type ReferralReceiverKind = (typeof referralReceiverKinds)[number]['code'];
export const referralReceiverKindSchema = z.enum(codesOf(referralReceiverKinds));

/**
 * On what ground the client's data went to the receiver: their sharing consent naming the
 * organisation, a consent recorded on the referral (a department, which the registry does not
 * hold), an override with a reason, or the return of a referral to the station that holds the file.
 */
export const referralConsentBases = [
  { code: 'sharing_consent', 'zh-CN': '信息共享同意', 'en-US': 'Sharing consent' },
  { code: 'recorded', 'zh-CN': '转介时记录的同意', 'en-US': 'Consent recorded on the referral' },
  { code: 'overridden', 'zh-CN': '越过同意（已说明理由）', 'en-US': 'Consent overridden' },
  { code: 'return', 'zh-CN': '回转至原转出方', 'en-US': 'Returned to the sender' },
] as const satisfies readonly EnumEntry[];
export type ReferralConsentBasis = (typeof referralConsentBases)[number]['code'];
export const referralConsentBasisSchema = z.enum(codesOf(referralConsentBases));

/** Services of other departments a station commonly refers to: suggestions, the name is free text. */
export const departmentServiceSuggestions = [
  {
    code: 'civil_affairs_assistance',
    'zh-CN': '民政局社会救助科',
    'en-US': 'Social assistance (civil affairs)',
  },
  {
    code: 'disabled_persons_federation',
    'zh-CN': '残疾人联合会',
    'en-US': 'Disabled Persons’ Federation',
  },
  {
    code: 'mental_health_centre',
    'zh-CN': '卫健委精神卫生中心',
    'en-US': 'Mental health centre (health commission)',
  },
  {
    code: 'employment_service',
    'zh-CN': '人社局就业服务中心',
    'en-US': 'Employment service centre',
  },
  { code: 'womens_federation', 'zh-CN': '妇女联合会', 'en-US': 'Women’s Federation' },
  {
    code: 'community_corrections',
    'zh-CN': '司法局社区矫正机构',
    'en-US': 'Community corrections (justice bureau)',
  },
  {
    code: 'minors_protection',
    'zh-CN': '未成年人保护工作站',
    'en-US': 'Minors’ protection station',
  },
  { code: 'legal_aid', 'zh-CN': '法律援助中心', 'en-US': 'Legal aid centre' },
] as const satisfies readonly EnumEntry[];
