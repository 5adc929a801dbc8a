import { z } from 'zod';
import { codesOf, type EnumEntry } from '../../enums/enum-entry';

/** How much a client's situation puts them at risk, as the intake worker judges it. */
export const riskLevels = [
  { code: 'low', 'zh-CN': '低风险', 'en-US': 'Low' },
  { code: 'medium', 'zh-CN': '中风险', 'en-US': 'Medium' },
  { code: 'high', 'zh-CN': '高风险', 'en-US': 'High' },
] as const satisfies readonly EnumEntry[];
export type RiskLevel = (typeof riskLevels)[number]['code'];
export const riskLevelSchema = z.enum(codesOf(riskLevels));

/** When the birth date is not known: a band wide enough to tell a child (under 14) from an adult. */
export const clientAgeBands = [
  { code: 'under_6', 'zh-CN': '6岁以下', 'en-US': 'Under 6', from: 0, to: 5 },
  { code: '6_13', 'zh-CN': '6–13岁', 'en-US': '6–13', from: 6, to: 13 },
  { code: '14_17', 'zh-CN': '14–17岁', 'en-US': '14–17', from: 14, to: 17 },
  { code: '18_59', 'zh-CN': '18–59岁', 'en-US': '18–59', from: 18, to: 59 },
  { code: '60_79', 'zh-CN': '60–79岁', 'en-US': '60–79', from: 60, to: 79 },
  { code: '80_plus', 'zh-CN': '80岁及以上', 'en-US': '80 and over', from: 80, to: 200 },
] as const satisfies readonly (EnumEntry & { from: number; to: number })[];
export type ClientAgeBand = (typeof clientAgeBands)[number]['code'];
export const clientAgeBandSchema = z.enum(codesOf(clientAgeBands));

/** What a consent covers (个人信息保护法 art. 13, 23, 31). */
export const consentKinds = [
  { code: 'service', 'zh-CN': '接受服务', 'en-US': 'To be served' },
  { code: 'sharing', 'zh-CN': '向其他机构提供信息', 'en-US': 'Sharing with another organisation' },
  { code: 'photos', 'zh-CN': '拍摄与使用影像', 'en-US': 'Photos and video' },
] as const satisfies readonly EnumEntry[];
export type ConsentKind = (typeof consentKinds)[number]['code'];
export const consentKindSchema = z.enum(codesOf(consentKinds));

export const consentGivers = [
  { code: 'self', 'zh-CN': '本人', 'en-US': 'The client' },
  { code: 'guardian', 'zh-CN': '监护人', 'en-US': 'The guardian' },
] as const satisfies readonly EnumEntry[];
export type ConsentGiver = (typeof consentGivers)[number]['code'];
export const consentGiverSchema = z.enum(codesOf(consentGivers));

/** The age below which the guardian decides for the client (个人信息保护法 art. 31). */
export const guardianConsentAge = 14;
