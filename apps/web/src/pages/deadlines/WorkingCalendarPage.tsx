import { Alert, Flex } from 'antd';
import { Page } from '../../components/Page';
import { useT } from '../../i18n/useT';
import { CalendarPanel } from './CalendarPanel';
import { PolicyPanel } from './PolicyPanel';

/** 工作日历与时限: the deadline policies' amounts and the working calendar (settings:manage). */
export function WorkingCalendarPage() {
  const t = useT();
  return (
    <Page title={t('deadlines.title')}>
      <Flex vertical gap="middle" style={{ maxWidth: 960 }}>
        <Alert type="info" showIcon title={t('deadlines.intro')} />
        <PolicyPanel />
        <CalendarPanel />
      </Flex>
    </Page>
  );
}
