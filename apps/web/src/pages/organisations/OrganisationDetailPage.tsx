import { useQuery } from '@tanstack/react-query';
import { Button, Flex, Space, Tabs, Typography } from 'antd';
import { useParams } from 'react-router';
import { ErrorResult } from '../../components/ErrorResult';
import { Page } from '../../components/Page';
import { PageSpinner } from '../../components/PageSpinner';
import { useDialog } from '../../hooks/useDialog';
import { useT } from '../../i18n/useT';
import { CreditRecordsTab } from './CreditRecordsTab';
import { DeactivateModal } from './DeactivateModal';
import { EligibilityPanel } from './EligibilityPanel';
import { GradeTag } from './GradeTag';
import { GrantsTab } from './GrantsTab';
import { InspectionsTab } from './InspectionsTab';
import { OrganisationDrawer } from './OrganisationDrawer';
import { OrganisationProfile } from './OrganisationProfile';
import { OrganisationStatus } from './OrganisationStatus';
import { getOrganisation, organisationKeys } from './organisations-api';
import { RatingsTab } from './RatingsTab';

/**
 * One organisation: its registry fields, whether it may be rated, and its ratings, inspections,
 * conduct records and grants. What the user may change follows their permissions and scope; an
 * organisation's own administrator sees it all read-only.
 */
export function OrganisationDetailPage() {
  const t = useT();
  const { id = '' } = useParams();
  const detail = useQuery({
    queryKey: organisationKeys.one(id),
    queryFn: ({ signal }) => getOrganisation(id, signal),
  });
  const editing = useDialog();
  const deactivating = useDialog();

  if (detail.isPending) return <PageSpinner />;
  if (detail.isError) {
    return <ErrorResult error={detail.error} onRetry={() => void detail.refetch()} />;
  }
  const organisation = detail.data;
  const active = organisation.status === 'active';
  // The server's word on permission, scope and state.
  const { edit: mayWrite, assess: mayAssess, support: maySupport } = organisation.can;
  const reload = () => void detail.refetch();

  return (
    <Page
      title={
        <Space wrap size="middle">
          {organisation.name}
          <GradeTag rating={organisation.currentRating} />
          {organisation.currentRating && (
            <Typography.Text type="secondary" style={{ fontSize: 14, fontWeight: 'normal' }}>
              {t('organisations.grade.validUntil', {
                date: organisation.currentRating.validUntil,
              })}
            </Typography.Text>
          )}
          <span style={{ fontSize: 14, fontWeight: 'normal' }}>
            <OrganisationStatus status={organisation.status} />
          </span>
        </Space>
      }
      extra={
        mayWrite && (
          <Space>
            <Button onClick={() => editing.show(true)}>{t('common.edit')}</Button>
            {active && (
              <Button danger onClick={() => deactivating.show(true)}>
                {t('organisations.deactivate')}
              </Button>
            )}
          </Space>
        )
      }
    >
      <Flex vertical gap="middle">
        <OrganisationProfile organisation={organisation} />
        <EligibilityPanel eligibility={organisation.eligibility} />
        <Tabs
          items={[
            {
              key: 'ratings',
              label: t('organisations.tab.ratings', { count: organisation.ratings.length }),
              children: <RatingsTab organisation={organisation} mayAssess={mayAssess} />,
            },
            {
              key: 'inspections',
              label: t('organisations.tab.inspections', {
                count: organisation.inspections.length,
              }),
              children: <InspectionsTab organisation={organisation} mayAssess={mayAssess} />,
            },
            {
              key: 'credit',
              label: t('organisations.tab.credit', { count: organisation.creditRecords.length }),
              children: <CreditRecordsTab organisation={organisation} mayAssess={mayAssess} />,
            },
            // Null grants: the user may not read them (an officer without support rights), so
            // there is no tab rather than an empty one that would read as "none given".
            ...(organisation.grants
              ? [
                  {
                    key: 'grants',
                    label: t('organisations.tab.grants', { count: organisation.grants.length }),
                    children: (
                      <GrantsTab
                        organisation={organisation}
                        grants={organisation.grants}
                        maySupport={maySupport}
                      />
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Flex>
      {editing.payload && (
        <OrganisationDrawer {...editing.props} organisation={organisation} onStale={reload} />
      )}
      {deactivating.payload && (
        <DeactivateModal {...deactivating.props} organisation={organisation} onStale={reload} />
      )}
    </Page>
  );
}
