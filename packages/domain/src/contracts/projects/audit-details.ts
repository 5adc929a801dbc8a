import type { LocalizedText } from '../../i18n/language';
import { projectStates, reviewResults } from './project-enums';

/**
 * What the projects module's audit events say beyond their action. States are named by
 * `projectState.<code>` and results by `projectReview.<code>`, put into words by the reader.
 */
export interface ProjectAuditDetailParams {
  /** A move of the state machine. */
  project_moved: { from: string; to: string };
  project_moved_with_reason: { from: string; to: string; reason: string };
  project_reviewed: { result: string };
}

export const projectAuditTemplates: Record<keyof ProjectAuditDetailParams, LocalizedText> = {
  project_moved: { 'zh-CN': '项目 {from} → {to}', 'en-US': 'Project {from} → {to}' },
  project_moved_with_reason: {
    'zh-CN': '项目 {from} → {to}，理由：{reason}',
    'en-US': 'Project {from} → {to}, reason: {reason}',
  },
  project_reviewed: {
    'zh-CN': '记录专家论证：{result}',
    'en-US': 'Expert review recorded: {result}',
  },
};

/** Codes its parameters name. */
export const projectAuditWords: Record<string, LocalizedText> = Object.fromEntries([
  ...projectStates.map((s) => [`projectState.${s.code}`, s] as const),
  ...reviewResults.map((r) => [`projectReview.${r.code}`, r] as const),
]);
