import { Tabs } from 'antd';
import { Page } from '../../components/Page';
import { oneOf } from '../../hooks/url-filter-values';
import { useUrlFilters } from '../../hooks/useUrlFilters';
import { useLanguage } from '../../i18n/useLanguage';
import { DrawsTab } from './DrawsTab';
import { RoundsTab } from './RoundsTab';
import { ScheduleTab } from './ScheduleTab';

const tabs = ['schedule', 'rounds', 'draws'] as const;

/** 评估组织: what is due (评估安排), the rounds (评估轮次) and the spot-check draws (抽查抽签). */
export function EvaluationsPage() {
  const { t } = useLanguage();
  const [address, setAddress] = useUrlFilters(['tab'] as const);
  const tab = oneOf(tabs, address.tab) ?? 'schedule';
  const body = { schedule: <ScheduleTab />, rounds: <RoundsTab />, draws: <DrawsTab /> };
  return (
    <Page title={t('evaluations.title')}>
      <Tabs
        activeKey={tab}
        onChange={(next) => setAddress({ tab: next })}
        items={tabs.map((key) => ({
          key,
          label: t(`evaluations.tab.${key}`),
          children: tab === key && body[key],
        }))}
      />
    </Page>
  );
}
