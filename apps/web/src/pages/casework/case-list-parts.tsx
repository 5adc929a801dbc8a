import type { EnumEntry } from '@shegong/domain';
import type { CaseStatus, CaseWorkStage, RiskLevel } from '@shegong/domain';
import { Form, Select, type TableColumnsType } from 'antd';
import { LoadMoreFooter } from '../../components/LoadMoreFooter';
import { useEnumOptions } from '../../hooks/useEnumOptions';
import type { useT } from '../../i18n/useT';
import { RiskTag } from '../clients/ClientLabels';
import { StageTag, StatusTag } from './CaseLabels';

/** One enumeration filter of a case list's FilterBar: a select of its codes. */
export function EnumFilter<E extends EnumEntry>({
  name,
  list,
  placeholder,
  width = 130,
}: {
  name: string;
  list: readonly E[];
  placeholder: string;
  width?: number;
}) {
  const options = useEnumOptions(list);
  return (
    <Form.Item name={name}>
      <Select allowClear placeholder={placeholder} options={options} style={{ width }} />
    </Form.Item>
  );
}

interface CaseFacts {
  stationName: string;
  stage: CaseWorkStage;
  status: CaseStatus;
  riskLevel: RiskLevel;
}

/** The columns every case list has: station, stage, status and risk. */
export function caseColumns<Row extends CaseFacts>(
  t: ReturnType<typeof useT>,
): TableColumnsType<Row> {
  return [
    { key: 'station', title: t('casework.station'), dataIndex: 'stationName' },
    { key: 'stage', title: t('casework.stage'), render: (_, c) => <StageTag stage={c.stage} /> },
    {
      key: 'status',
      title: t('casework.status'),
      render: (_, c) => <StatusTag status={c.status} />,
    },
    { key: 'risk', title: t('casework.risk'), render: (_, c) => <RiskTag level={c.riskLevel} /> },
  ];
}

/** Below a case list paged by cursor: how many are shown, and 加载更多. */
export function CaseListFooter({
  t,
  shown,
  list,
}: {
  t: ReturnType<typeof useT>;
  shown: number;
  list: { hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage: () => unknown };
}) {
  return (
    <LoadMoreFooter
      summary={t('common.total', { total: shown })}
      hasMore={list.hasNextPage}
      loading={list.isFetchingNextPage}
      onLoadMore={() => void list.fetchNextPage()}
    />
  );
}
