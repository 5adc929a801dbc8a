import { AuditOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Flex, Space, Tabs, Tooltip, Typography } from 'antd';
import { useParams } from 'react-router';
import { ErrorResult } from '../../../components/ErrorResult';
import { Page } from '../../../components/Page';
import { PageSpinner } from '../../../components/PageSpinner';
import { useDialog } from '../../../hooks/useDialog';
import { useUrlFilters } from '../../../hooks/useUrlFilters';
import { useT } from '../../../i18n/useT';
import { CertificatesTab } from '../certification/CertificatesTab';
import { EducationTab } from '../education/EducationTab';
import { EmploymentsTab } from '../careers/EmploymentsTab';
import { RegistrationsTab } from '../certification/RegistrationsTab';
import { RewardsTab } from '../rewards/RewardsTab';
import { SupervisionTab } from '../careers/SupervisionTab';
import { EmployedBadge, LevelTag } from './TalentTags';
import { ShortRegionName } from './WorkerTable';
import { WorkerDrawer } from './WorkerDrawer';
import { WorkerProfile } from './WorkerProfile';
import { getWorker, workerKeys } from './workers-api';

const tabKeys = ['tab'] as const;
const tabs = [
  'certificates',
  'registrations',
  'employments',
  'education',
  'supervision',
  'rewards',
] as const;

/**
 * One social worker's record: profile, certificates and exams, registrations, jobs, continuing
 * education, supervision and rewards. Opening it is recorded by the server (查阅留痕); changes
 * follow the user's permissions and scope.
 */
export function WorkerDetailPage() {
  const t = useT();
  const { id = '' } = useParams();
  const [address, setAddress] = useUrlFilters(tabKeys);
  const detail = useQuery({
    queryKey: workerKeys.one(id),
    queryFn: ({ signal }) => getWorker(id, signal),
  });
  const editing = useDialog();

  if (detail.isPending) return <PageSpinner />;
  if (detail.isError) {
    return <ErrorResult error={detail.error} onRetry={() => void detail.refetch()} />;
  }
  const worker = detail.data;
  // The server says what the reader may do with this record (permission and scope).
  const { edit: mayWrite, credit: mayCredit, review: mayReview } = worker.can;
  const tab = tabs.find((key) => key === address.tab) ?? 'certificates';
  const reload = () => void detail.refetch();

  return (
    <Page
      title={
        <Space wrap size="middle">
          {worker.name}
          <LevelTag level={worker.highestLevel} />
          <Typography.Text type="secondary" style={{ fontSize: 14, fontWeight: 'normal' }}>
            <ShortRegionName path={worker.regionName} />
          </Typography.Text>
          <span style={{ fontSize: 14, fontWeight: 'normal' }}>
            <EmployedBadge employed={worker.employed} />
          </span>
        </Space>
      }
      extra={
        <Space>
          <Tooltip title={t('workers.audited.hint')}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              <AuditOutlined /> {t('workers.audited')}
            </Typography.Text>
          </Tooltip>
          {mayWrite && <Button onClick={() => editing.show(true)}>{t('common.edit')}</Button>}
        </Space>
      }
    >
      <Flex vertical gap="middle">
        <WorkerProfile worker={worker} />
        <Tabs
          activeKey={tab}
          onChange={(key) => setAddress({ tab: key === 'certificates' ? undefined : key })}
          items={[
            {
              key: 'certificates',
              label: t('workers.tab.certificates', { count: worker.certificates.length }),
              children: <CertificatesTab worker={worker} mayWrite={mayWrite} />,
            },
            {
              key: 'registrations',
              label: t('workers.tab.registrations', { count: worker.registrations.length }),
              children: (
                <RegistrationsTab worker={worker} mayWrite={mayWrite} mayReview={mayReview} />
              ),
            },
            {
              key: 'employments',
              label: t('workers.tab.employments', { count: worker.employments.length }),
              children: <EmploymentsTab worker={worker} mayWrite={mayWrite} />,
            },
            {
              key: 'education',
              label: t('workers.tab.education'),
              children: <EducationTab worker={worker} mayCredit={mayCredit} />,
            },
            {
              key: 'supervision',
              label: t('workers.tab.supervision', { count: worker.supervisions.length }),
              children: <SupervisionTab worker={worker} mayWrite={mayWrite} />,
            },
            {
              key: 'rewards',
              label: t('workers.tab.rewards', { count: worker.rewards.length }),
              children: <RewardsTab worker={worker} mayWrite={mayWrite} />,
            },
          ]}
        />
      </Flex>
      {editing.payload && <WorkerDrawer {...editing.props} worker={worker} onStale={reload} />}
    </Page>
  );
}
