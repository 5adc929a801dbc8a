import { labelOf, projectStates, type ProjectState } from '@shegong/domain';
import { Tag } from 'antd';
import { useLanguage } from '../../i18n/useLanguage';

const stateColours: Record<ProjectState, string> = {
  draft: 'default',
  review: 'processing',
  pending_approval: 'gold',
  approved: 'cyan',
  tendering: 'blue',
  awarded: 'geekblue',
  signed: 'purple',
  in_service: 'green',
  completed: 'lime',
  closed: 'default',
  terminated: 'red',
};

/** A project's state as a coloured tag. */
export function ProjectStateTag({ state }: { state: ProjectState }) {
  const { language } = useLanguage();
  return <Tag color={stateColours[state]}>{labelOf(projectStates, state, language)}</Tag>;
}

/** 贵州省 / 贵阳市 / 南明区 → 南明区 (the full path on hover where shown). */
export const shortRegion = (path: string) => path.split(' / ').at(-1) ?? path;
