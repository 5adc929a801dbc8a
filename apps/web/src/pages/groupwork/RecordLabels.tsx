import {
  groupWorkStages,
  labelOf,
  populationGroups,
  serviceFields,
  type GroupWorkStage,
  type PopulationGroup,
  type ServiceField,
} from '@shegong/domain';
import { Space, Tag } from 'antd';
import { useLanguage } from '../../i18n/useLanguage';

const stageColours: Record<GroupWorkStage, string> = {
  preparation: 'default',
  formation: 'blue',
  transition: 'orange',
  maturity: 'green',
  termination: 'purple',
};

export function StageTag({ stage }: { stage: GroupWorkStage }) {
  const { language } = useLanguage();
  return <Tag color={stageColours[stage]}>{labelOf(groupWorkStages, stage, language)}</Tag>;
}

/** The population groups and the service field of a group or an activity. */
export function ServedTags({
  groups,
  field,
}: {
  groups: readonly PopulationGroup[];
  field: ServiceField;
}) {
  const { language } = useLanguage();
  return (
    <Space size={[0, 4]} wrap>
      <Tag color="geekblue">{labelOf(serviceFields, field, language)}</Tag>
      {groups.map((g) => (
        <Tag key={g}>{labelOf(populationGroups, g, language)}</Tag>
      ))}
    </Space>
  );
}
