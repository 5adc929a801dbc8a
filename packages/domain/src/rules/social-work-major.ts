import type { LocalizedText } from '../i18n/language';

/** A major that is social work by its name: 社会工作 (社会工作与管理…), 社工, "social work". */
const socialWorkName = /社会工作|社工|social\s*work/i;

export type MajorMismatch = 'named_not_marked' | 'marked_not_named';

/**
 * Whether a worker's major and the 社会工作专业 switch disagree: a major named social work with
 * the switch off, or the switch on with another major named. A warning, never a refusal: the
 * switch may rightly be on for a related major a region counts as social work.
 */
export function socialWorkMajorMismatch(
  major: string | null | undefined,
  socialWorkMajor: boolean | null | undefined,
): MajorMismatch | null {
  const named = major?.trim() ?? '';
  if (named === '') return null;
  const isSocialWork = socialWorkName.test(named);
  if (isSocialWork && !socialWorkMajor) return 'named_not_marked';
  if (!isSocialWork && socialWorkMajor) return 'marked_not_named';
  return null;
}

export const majorMismatchMessages: Record<MajorMismatch, LocalizedText> = {
  named_not_marked: {
    'zh-CN': '所学专业为社会工作，但未标记为社会工作专业，请核对',
    'en-US': 'The major is social work but is not marked as a social-work major: please check',
  },
  marked_not_named: {
    'zh-CN': '已标记为社会工作专业，但所学专业不是社会工作，请核对',
    'en-US': 'Marked as a social-work major, but the major named is another: please check',
  },
};
