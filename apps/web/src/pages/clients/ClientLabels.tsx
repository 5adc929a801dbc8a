import {
  clientAgeBands,
  labelOf,
  populationGroups,
  riskLevels,
  type Client,
  type PopulationGroup,
  type RiskLevel,
} from '@shegong/domain';
import { Tag } from 'antd';
import { useLanguage } from '../../i18n/useLanguage';

const riskColours: Record<RiskLevel, string> = { low: 'green', medium: 'orange', high: 'red' };

export function RiskTag({ level }: { level: RiskLevel }) {
  const { language } = useLanguage();
  return <Tag color={riskColours[level]}>{labelOf(riskLevels, level, language)}</Tag>;
}

export function GroupTags({ groups }: { groups: readonly PopulationGroup[] }) {
  const { language } = useLanguage();
  return (
    <>
      {groups.map((group) => (
        <Tag key={group}>{labelOf(populationGroups, group, language)}</Tag>
      ))}
    </>
  );
}

/** Age in years, else the band; a child under 14 is marked, since the guardian decides. */
export function ClientAge({ client }: { client: Pick<Client, 'age' | 'ageBand' | 'minor'> }) {
  const { language, t } = useLanguage();
  const text =
    client.age !== null
      ? t('clients.age.years', { age: client.age })
      : client.ageBand
        ? labelOf(clientAgeBands, client.ageBand, language)
        : '—';
  return (
    <>
      {text} {client.minor && <Tag color="purple">{t('clients.minor')}</Tag>}
    </>
  );
}
