import { z } from 'zod';
import { codesOf, type EnumEntry } from '../../enums/enum-entry';
import type { LocalizedText } from '../../i18n/language';

/**
 * Where a purchased-service project stands (政府购买社会工作服务项目), from the draft of its need
 * study to closing, or terminated on the way. Only the moves of `projectMoves` lead between them.
 */
export const projectStates = [
  { code: 'draft', 'zh-CN': '草稿', 'en-US': 'Draft' },
  { code: 'review', 'zh-CN': '论证中', 'en-US': 'Under expert review' },
  { code: 'pending_approval', 'zh-CN': '立项待审批', 'en-US': 'Set-up awaiting approval' },
  { code: 'approved', 'zh-CN': '已立项', 'en-US': 'Set up' },
  { code: 'tendering', 'zh-CN': '招标中', 'en-US': 'Tendering' },
  { code: 'awarded', 'zh-CN': '已中标', 'en-US': 'Awarded' },
  { code: 'signed', 'zh-CN': '已签约', 'en-US': 'Contract signed' },
  { code: 'in_service', 'zh-CN': '服务中', 'en-US': 'In service' },
  { code: 'completed', 'zh-CN': '已结项', 'en-US': 'Completed' },
  { code: 'closed', 'zh-CN': '已关闭', 'en-US': 'Closed' },
  { code: 'terminated', 'zh-CN': '已终止', 'en-US': 'Terminated' },
] as const satisfies readonly EnumEntry[];
export type ProjectState = (typeof projectStates)[number]['code'];
export const projectStateSchema = z.enum(codesOf(projectStates));

/** 购买方式: what is bought. */
export const projectTypes = [
  { code: 'post', 'zh-CN': '岗位购买', 'en-US': 'Posts' },
  { code: 'project', 'zh-CN': '项目购买', 'en-US': 'Project' },
  {
    code: 'family_centre',
    'zh-CN': '家庭综合服务中心',
    'en-US': 'Family integrated service centre',
  },
  { code: 'station_operation', 'zh-CN': '社工站运营', 'en-US': 'Social work station operation' },
] as const satisfies readonly EnumEntry[];
export type ProjectType = (typeof projectTypes)[number]['code'];
export const projectTypeSchema = z.enum(codesOf(projectTypes));

/** The module that makes a move: each makes only its own (the server refuses the others). */
export type ProjectMoveOwner = 'projects' | 'tenders' | 'contracts';

export interface ProjectMove {
  readonly from: ProjectState;
  readonly to: ProjectState;
  readonly by: ProjectMoveOwner;
  /** The move must say why (returned, failed review, 流标, terminated). */
  readonly reasonRequired: boolean;
  /** What the move is called on the timeline. */
  readonly label: LocalizedText;
}

const move = (
  from: ProjectState,
  to: ProjectState,
  by: ProjectMoveOwner,
  label: LocalizedText,
  reasonRequired = false,
): ProjectMove => ({ from, to, by, reasonRequired, label });

/** States from which a project may still be terminated (终止): any before 结项. */
export const terminableStates = [
  'draft',
  'review',
  'pending_approval',
  'approved',
  'tendering',
  'awarded',
  'signed',
  'in_service',
] as const satisfies readonly ProjectState[];

/** The only moves a project can make, and which module makes each. */
export const projectMoves: readonly ProjectMove[] = [
  move('draft', 'review', 'projects', { 'zh-CN': '提交论证', 'en-US': 'Sent to expert review' }),
  move('review', 'pending_approval', 'projects', {
    'zh-CN': '论证通过，提请立项',
    'en-US': 'Review passed, set-up requested',
  }),
  move(
    'review',
    'draft',
    'projects',
    { 'zh-CN': '论证未通过，退回修改', 'en-US': 'Review failed, back to draft' },
    true,
  ),
  move('pending_approval', 'approved', 'projects', {
    'zh-CN': '批准立项',
    'en-US': 'Set-up approved',
  }),
  move(
    'pending_approval',
    'draft',
    'projects',
    { 'zh-CN': '退回立项申请', 'en-US': 'Set-up returned' },
    true,
  ),
  move('approved', 'tendering', 'tenders', { 'zh-CN': '发布招标', 'en-US': 'Tender published' }),
  move('tendering', 'approved', 'tenders', { 'zh-CN': '流标', 'en-US': 'Tender failed' }, true),
  move('tendering', 'awarded', 'tenders', { 'zh-CN': '确定中标', 'en-US': 'Awarded' }),
  move('awarded', 'signed', 'contracts', { 'zh-CN': '签订合同', 'en-US': 'Contract signed' }),
  move('signed', 'in_service', 'contracts', { 'zh-CN': '开始服务', 'en-US': 'Service started' }),
  move('in_service', 'completed', 'contracts', { 'zh-CN': '结项', 'en-US': 'Completed' }),
  move('completed', 'closed', 'projects', { 'zh-CN': '关闭项目', 'en-US': 'Closed' }),
  ...terminableStates.map((from) =>
    move(from, 'terminated', 'projects', { 'zh-CN': '终止项目', 'en-US': 'Terminated' }, true),
  ),
];

/** The allowed move between two states, or null. */
export function projectMoveOf(from: ProjectState, to: ProjectState): ProjectMove | null {
  return projectMoves.find((m) => m.from === from && m.to === to) ?? null;
}

/** The states a project may move on to from `from`. */
export function nextProjectStates(from: ProjectState): ProjectState[] {
  return projectMoves.filter((m) => m.from === from).map((m) => m.to);
}

/** Before set-up (立项) the project's plan may still be edited; after, it is fixed. */
export const editableProjectStates = ['draft'] as const satisfies readonly ProjectState[];

/** 论证结论 of the expert review. */
export const reviewResults = [
  { code: 'passed', 'zh-CN': '通过', 'en-US': 'Passed' },
  { code: 'failed', 'zh-CN': '不通过', 'en-US': 'Failed' },
] as const satisfies readonly EnumEntry[];
export type ReviewResult = (typeof reviewResults)[number]['code'];
export const reviewResultSchema = z.enum(codesOf(reviewResults));
