import {
  certificateLevels,
  labelOf,
  type Registration,
  type RegistrationListItem,
} from '@shegong/domain';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Empty, Flex, Input, Table, Tabs, Typography, type TableProps } from 'antd';
import { Link } from 'react-router';
import { useSession } from '../../../auth/useSession';
import { ErrorResult } from '../../../components/ErrorResult';
import { listPagination } from '../../../components/list-pagination';
import { Page } from '../../../components/Page';
import { RegionPicker } from '../../../components/region-picker/RegionPicker';
import { oneOf, pageKeys, pageOf } from '../../../hooks/url-filter-values';
import { useDialog } from '../../../hooks/useDialog';
import { useUrlFilters } from '../../../hooks/useUrlFilters';
import { useLanguage } from '../../../i18n/useLanguage';
import { RegistrationState } from '../registry/TalentTags';
import { listRegistrations, registrationKeys, registrationViews } from './registrations-api';
import { NextReviewAction } from './NextReviewAction';
import { ReviewModal } from './ReviewModal';

const addressKeys = ['view', 'region', 'q', ...pageKeys] as const;

/**
 * 证书登记: applications awaiting review, registrations running out within three months, those
 * run out unrenewed, and all of them, found by the worker's name or whole ID number; reviewed here
 * by those who review.
 */
export function RegistrationsPage() {
  const { language, t } = useLanguage();
  const { can } = useSession();
  const [address, setAddress] = useUrlFilters(addressKeys);
  const view = oneOf(registrationViews, address.view) ?? 'pending';
  const query = { ...pageOf(address), view, region: address.region, q: address.q };
  const list = useQuery({
    queryKey: registrationKeys.list(query),
    queryFn: ({ signal }) => listRegistrations(query, signal),
    placeholderData: keepPreviousData,
  });
  const reviewing = useDialog<Registration>();
  const mayReview = can('registrations:review');

  const columns: TableProps<RegistrationListItem>['columns'] = [
    {
      key: 'worker',
      title: t('registrations.worker'),
      dataIndex: 'workerName',
      render: (name: string, r) => (
        <Link to={`/workers/${r.workerId}?tab=registrations`}>{name}</Link>
      ),
    },
    {
      key: 'level',
      title: t('workers.certificate.level'),
      dataIndex: 'level',
      render: (level: Registration['level']) => labelOf(certificateLevels, level, language),
    },
    {
      key: 'kind',
      title: t('registrations.kind'),
      dataIndex: 'kind',
      render: (kind: Registration['kind']) => t(`registrations.kind.${kind}`),
    },
    {
      key: 'status',
      title: t('registrations.status'),
      render: (_value, r) => (
        <RegistrationState registration={{ status: r.status, validUntil: r.validUntil }} />
      ),
    },
    { key: 'appliedOn', title: t('registrations.appliedOn'), dataIndex: 'appliedOn' },
    {
      key: 'validity',
      title: t('registrations.validity'),
      render: (_value, r) => (r.validFrom ? `${r.validFrom} ~ ${r.validUntil ?? ''}` : '—'),
    },
    { key: 'region', title: t('workers.region'), dataIndex: 'regionName' },
    ...(mayReview
      ? [
          {
            key: 'actions',
            title: t('common.actions'),
            render: (_value: unknown, r: Registration) => (
              <NextReviewAction registration={r} onReview={reviewing.show} />
            ),
          },
        ]
      : []),
  ];

  return (
    <Page title={t('registrations.title')}>
      <Flex vertical gap="small">
        <Flex wrap gap="middle" align="center" justify="space-between">
          <Tabs
            activeKey={view}
            onChange={(next) => setAddress({ view: next, region: address.region, q: address.q })}
            items={registrationViews.map((key) => ({
              key,
              label: t(`registrations.view.${key}`),
            }))}
            style={{ marginBottom: 0 }}
          />
          <Flex wrap gap="small">
            <Input.Search
              key={address.q ?? ''}
              allowClear
              defaultValue={address.q}
              placeholder={t('registrations.search')}
              aria-label={t('registrations.search')}
              onSearch={(text) =>
                setAddress({
                  view: address.view,
                  region: address.region,
                  q: text.trim() || undefined,
                })
              }
              style={{ width: 240 }}
            />
            <RegionPicker
              value={address.region}
              onChange={(region) => setAddress({ view: address.view, region, q: address.q })}
              placeholder={t('workers.filter.region')}
              style={{ width: 260 }}
            />
          </Flex>
        </Flex>
        <Typography.Text type="secondary">{t(`registrations.view.${view}.hint`)}</Typography.Text>
        {list.isError ? (
          <ErrorResult error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <Table<RegistrationListItem>
            rowKey="id"
            columns={columns}
            dataSource={list.data?.items ?? []}
            loading={list.isFetching}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: <Empty description={t(`registrations.view.${view}.empty`)} /> }}
            pagination={listPagination(t, {
              page: query.page,
              pageSize: query.pageSize,
              total: list.data?.total ?? 0,
              onChange: (page, pageSize) => setAddress({ ...address, page, pageSize }),
            })}
          />
        )}
      </Flex>
      {reviewing.payload && <ReviewModal {...reviewing.props} registration={reviewing.payload} />}
    </Page>
  );
}
