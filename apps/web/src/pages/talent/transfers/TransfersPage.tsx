import { PlusOutlined } from '@ant-design/icons';
import { codesOf, transferStatuses, type WorkerTransfer, type TransferSide } from '@shegong/domain';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  App,
  Button,
  Flex,
  Popconfirm,
  Select,
  Space,
  Table,
  Tabs,
  Typography,
  type TableProps,
} from 'antd';
import { useEffect } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { useSession } from '../../../auth/useSession';
import { ErrorResult } from '../../../components/ErrorResult';
import { GuidingEmpty } from '../../../components/GuidingEmpty';
import { listPagination } from '../../../components/list-pagination';
import { Page } from '../../../components/Page';
import { oneOf, pageKeys, pageOf } from '../../../hooks/url-filter-values';
import { useDialog } from '../../../hooks/useDialog';
import { useEnumOptions } from '../../../hooks/useEnumOptions';
import { useUrlFilters } from '../../../hooks/useUrlFilters';
import { useT } from '../../../i18n/useT';
import { RefuseTransferModal } from './RefuseTransferModal';
import { TransferRequestDrawer, type TransferRequestStart } from './TransferRequestDrawer';
import { TransferStatusTag } from './TransferStatusTag';
import { approveTransfer, listTransfers, transferKeys, withdrawTransfer } from './transfers-api';
import { useTransferMutation } from './useTransferMutation';

const addressKeys = ['side', 'status', ...pageKeys] as const;
const sides = ['receiving', 'releasing'] as const;

/** Whether the reader decides the transfer (the worker's jurisdiction or one above it). */
const releases = (side: TransferSide) => side !== 'receiving';

/** Whether the worker's record is the reader's to open now. */
const opensWorker = (transfer: WorkerTransfer) =>
  transfer.workerId !== null &&
  (transfer.status === 'approved' ? transfer.side !== 'releasing' : releases(transfer.side));

/**
 * 人才流动: the requests this jurisdiction filed to receive workers registered elsewhere, and the
 * requests for its own workers that it decides. The person a request names is told to the
 * requester only once the move is approved.
 */
export function TransfersPage() {
  const t = useT();
  const { modal } = App.useApp();
  const { can } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const [address, setAddress] = useUrlFilters(addressKeys);
  const side = oneOf(sides, address.side) ?? 'receiving';
  const query = {
    ...pageOf(address),
    side,
    status: oneOf(codesOf(transferStatuses), address.status),
  };
  const list = useQuery({
    queryKey: transferKeys.list(query),
    queryFn: ({ signal }) => listTransfers(query, signal),
    placeholderData: keepPreviousData,
  });
  const statusOptions = useEnumOptions(transferStatuses);
  const requesting = useDialog<TransferRequestStart>();
  const refusing = useDialog<WorkerTransfer>();

  // Sent here by the worker form, which found the ID number registered elsewhere.
  const started = (location.state as { requestTransfer?: TransferRequestStart } | null)
    ?.requestTransfer;
  const { show: showRequest } = requesting;
  useEffect(() => {
    if (!started) return;
    showRequest(started);
    void navigate(`${location.pathname}${location.search}`, { replace: true, state: null });
  }, [started, showRequest, navigate, location.pathname, location.search]);

  const approve = useTransferMutation(approveTransfer, {
    success: (done) => t('transfers.approve.done', { name: done.name, region: done.regionName }),
  });
  const withdraw = useTransferMutation(withdrawTransfer, {
    success: () => t('transfers.withdraw.done'),
  });
  const confirmApproval = (transfer: WorkerTransfer) =>
    modal.confirm({
      title: `${t('transfers.approve')} · ${transfer.name}`,
      content: t('transfers.approve.confirm', {
        name: transfer.name,
        region: transfer.regionName,
        employer: transfer.employerName,
      }),
      okText: t('transfers.approve'),
      onOk: () => approve.mutateAsync(transfer).catch(() => undefined),
    });

  const columns: TableProps<WorkerTransfer>['columns'] = [
    {
      key: 'worker',
      title: t('transfers.worker'),
      fixed: 'left',
      render: (_value, r) => (
        <Flex vertical>
          {opensWorker(r) ? <Link to={`/workers/${r.workerId}`}>{r.name}</Link> : r.name}
          <Typography.Text type="secondary" style={{ fontFamily: 'monospace', fontSize: 12 }}>
            {r.idNumber}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'status',
      title: t('transfers.status'),
      render: (_value, r) => (
        <Flex vertical gap={2} align="start">
          <TransferStatusTag status={r.status} />
          {r.decisionReason && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('transfers.reason', { reason: r.decisionReason })}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      key: 'from',
      title: t('transfers.from'),
      render: (_value, r) =>
        r.fromRegionName ?? (
          <Typography.Text type="secondary">{t('transfers.from.hidden')}</Typography.Text>
        ),
    },
    { key: 'to', title: t('transfers.to'), dataIndex: 'regionName' },
    {
      key: 'employer',
      title: t('transfers.employer'),
      // The requester's note goes with the job: what the releasing side weighs its decision on.
      render: (_value, r) => (
        <Flex vertical style={{ maxWidth: 280 }}>
          {r.employerName}
          {r.note && (
            <Typography.Text
              type="secondary"
              style={{ fontSize: 12 }}
              ellipsis={{ tooltip: r.note }}
            >
              {r.note}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    { key: 'requestedBy', title: t('transfers.requestedBy'), dataIndex: 'requestedByName' },
    { key: 'requestedOn', title: t('transfers.requestedOn'), dataIndex: 'requestedOn' },
    {
      key: 'decision',
      title: t('transfers.decision'),
      render: (_value, r) =>
        r.decidedOn ? (
          `${r.decidedOn} · ${r.decidedByName ?? ''}`
        ) : r.status === 'pending' ? (
          <Typography.Text type="secondary">
            {t('transfers.expiresOn')} {r.expiresOn}
          </Typography.Text>
        ) : null,
    },
    {
      key: 'actions',
      title: t('common.actions'),
      fixed: 'right',
      render: (_value, r) =>
        r.status === 'pending' && (
          <Space size="small">
            {releases(r.side) && (
              <>
                <Button type="link" size="small" onClick={() => confirmApproval(r)}>
                  {t('transfers.approve')}
                </Button>
                <Button type="link" size="small" danger onClick={() => refusing.show(r)}>
                  {t('transfers.refuse')}
                </Button>
              </>
            )}
            {r.side !== 'releasing' && (
              <Popconfirm
                title={t('transfers.withdraw.confirm')}
                onConfirm={() => withdraw.mutateAsync(r).catch(() => undefined)}
              >
                <Button type="link" size="small">
                  {t('transfers.withdraw')}
                </Button>
              </Popconfirm>
            )}
          </Space>
        ),
    },
  ];

  const requestButton = can('workers:transfer') && (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => requesting.show({})}>
      {t('transfers.request')}
    </Button>
  );

  return (
    <Page title={t('transfers.title')} extra={requestButton}>
      <Flex vertical gap="small">
        <Flex wrap gap="middle" align="center" justify="space-between">
          <Tabs
            activeKey={side}
            onChange={(next) => setAddress({ side: next })}
            items={sides.map((key) => ({ key, label: t(`transfers.tab.${key}`) }))}
            style={{ marginBottom: 0 }}
          />
          <Select
            allowClear
            placeholder={t('transfers.filter.status')}
            aria-label={t('transfers.filter.status')}
            options={statusOptions}
            value={query.status}
            onChange={(status) => setAddress({ side: address.side, status })}
            style={{ width: 160 }}
          />
        </Flex>
        <Typography.Text type="secondary">{t(`transfers.tab.${side}.hint`)}</Typography.Text>
        {list.isError ? (
          <ErrorResult error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <Table<WorkerTransfer>
            rowKey="id"
            columns={columns}
            dataSource={list.data?.items ?? []}
            loading={list.isFetching}
            scroll={{ x: 'max-content' }}
            locale={{
              emptyText: (
                <GuidingEmpty
                  title={t(`transfers.empty.${side}`)}
                  purpose={t('transfers.emptyPurpose')}
                  action={side === 'receiving' && requestButton}
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
      </Flex>
      {requesting.payload && (
        <TransferRequestDrawer {...requesting.props} start={requesting.payload} />
      )}
      {refusing.payload && <RefuseTransferModal {...refusing.props} transfer={refusing.payload} />}
    </Page>
  );
}
