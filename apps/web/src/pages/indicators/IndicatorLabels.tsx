import { labelOf, projectTypes, type IndicatorTemplate, type ProjectType } from '@shegong/domain';
import { Tag } from 'antd';
import type { Language } from '@shegong/domain';
import { useT } from '../../i18n/useT';

export function projectTypeLabel(type: ProjectType | null, language: Language, general: string) {
  return type === null ? general : labelOf(projectTypes, type, language);
}

/** A version's state as a tag: 草稿 in orange, 已发布 in green (and 已使用 beside it). */
export function VersionStateTag({ state, used }: { state: 'draft' | 'published'; used: boolean }) {
  const t = useT();
  return (
    <>
      <Tag color={state === 'draft' ? 'orange' : 'green'}>{t(`indicators.state.${state}`)}</Tag>
      {used && <Tag>{t('indicators.version.used')}</Tag>}
    </>
  );
}

export type TemplateVersion = IndicatorTemplate['versions'][number];
