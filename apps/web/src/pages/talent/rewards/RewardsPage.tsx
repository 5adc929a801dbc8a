import { rewardStatuses, codesOf, type RewardGrant } from '@shegong/domain';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Col, Flex, Row, Select, Space, Table, type TableProps } from 'antd';
import { Link } from 'react-router';
import { useSession } from '../../../auth/useSession';
import { ErrorResult } from '../../../components/ErrorResult';
import { GuidingEmpty } from '../../../components/GuidingEmpty';
import { listPagination } from '../../../components/list-pagination';
import { Page } from '../../../components/Page';
import { RegionName } from '../../../components/region-picker/RegionName';
import { RegionPicker } from '../../../components/region-picker/RegionPicker';
import { oneOf, pageKeys, pageOf } from '../../../hooks/url-filter-values';
import { useDialog } from '../../../hooks/useDialog';
import { useEnumOptions } from '../../../hooks/useEnumOptions';
import { useUrlFilters } from '../../../hooks/useUrlFilters';
import { useLanguage } from '../../../i18n/useLanguage';
import { DecisionModal, PaymentModal } from './RewardModals';
import { RewardRulesPanel } from './RewardRulesPanel';
import { listRewardGrants, rewardKeys } from './rewards-api';
import { rewardGrantColumns } from './reward-grant-columns';

const addressKeys = ['status', 'region', ...pageKeys] as const;

/** 人才奖励: applications for the one-off rewards, decided and paid here; the amounts in force. */
export function RewardsPage() {
  const { language, t } = useLanguage();
  const { can } = useSession();
  const [address, setAddress] = useUrlFilters(addressKeys);
  const statusOptions = useEnumOptions(rewardStatuses);
  const query = {
    ...pageOf(address),
    region: address.region,
    status: oneOf(codesOf(rewardStatuses), address.status),
  };
  const list = useQuery({
    queryKey: rewardKeys.grants(query),
    queryFn: ({ signal }) => listRewardGrants(query, signal),
    placeholderData: keepPreviousData,
  });
  const deciding = useDialog<RewardGrant>();
  const paying = useDialog<RewardGrant>();

  const shared = rewardGrantColumns(t, language);
  const columns: TableProps<RewardGrant>['columns'] = [
    {
      key: 'worker',
      title: t('registrations.worker'),
      dataIndex: 'workerName',
      render: (name: string, g) => <Link to={`/workers/${g.workerId}?tab=rewards`}>{name}</Link>,
    },
    ...shared.filter((c) => c.key !== 'note'),
    {
      key: 'region',
      title: t('workers.region'),
      dataIndex: 'regionCode',
      render: (code: string) => <RegionName code={code} />,
    },
    ...shared.filter((c) => c.key === 'note'),
    {
      key: 'actions',
      title: t('common.actions'),
      fixed: 'right',
      render: (_value, g) => (
        <Space size="small">
          {g.status === 'applied' && (
            <Button
              type="link"
              size="small"
              style={{ paddingInline: 0 }}
              onClick={() => deciding.show(g)}
            >
              {t('rewards.decide')}
            </Button>
          )}
          {g.status === 'approved' && (
            <Button
              type="link"
              size="small"
              style={{ paddingInline: 0 }}
              onClick={() => paying.show(g)}
            >
              {t('rewards.pay')}
            </Button>
          )}
        </Space>
      ),
    },
  ];

  return (
    <Page title={t('rewards.title')}>
      <Row gutter={[16, 16]}>
        <Col xs={24} xxl={17}>
          <Flex wrap gap="middle" style={{ marginBottom: 16 }}>
            <Select
              allowClear
              placeholder={t('rewards.filter.status')}
              aria-label={t('rewards.filter.status')}
              options={statusOptions}
              value={query.status}
              onChange={(status) => setAddress({ region: address.region, status })}
              style={{ width: 140 }}
            />
            <RegionPicker
              value={address.region}
              onChange={(region) => setAddress({ status: address.status, region })}
              placeholder={t('workers.filter.region')}
              style={{ width: 260 }}
            />
          </Flex>
          {list.isError ? (
            <ErrorResult error={list.error} onRetry={() => void list.refetch()} />
          ) : (
            <Table<RewardGrant>
              rowKey="id"
              columns={columns}
              dataSource={list.data?.items ?? []}
              loading={list.isFetching}
              scroll={{ x: 'max-content' }}
              locale={{
                emptyText: (
                  <GuidingEmpty
                    title={t('rewards.empty')}
                    purpose={t('rewards.emptyPurpose')}
                    action={
                      can('workers:read') && (
                        <Link to="/workers">
                          <Button type="primary">{t('rewards.emptyAction')}</Button>
                        </Link>
                      )
                    }
                  />
                ),
              }}
              pagination={listPagination(t, {
                page: query.page,
                pageSize: query.pageSize,
                total: list.data?.total ?? 0,
                onChange: (page, pageSize) => setAddress({ ...address, page, pageSize }),
              })}
            />
          )}
        </Col>
        <Col xs={24} xxl={7}>
          <RewardRulesPanel />
        </Col>
      </Row>
      {deciding.payload && <DecisionModal {...deciding.props} grant={deciding.payload} />}
      {paying.payload && <PaymentModal {...paying.props} grant={paying.payload} />}
    </Page>
  );
}
