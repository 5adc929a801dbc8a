import { coverageLinks, stationTotal, type Coverage } from '@shegong/domain';
import { Button, Empty, Table, Typography, type TableProps } from 'antd';
import { Link } from 'react-router';
import { formatShare } from '../../format/percent';
import { useLanguage } from '../../i18n/useLanguage';

type Child = Coverage['children'][number];

/** `covered/total (share)`, or '—' when there is nothing to cover. */
function ratio(covered: number, total: number, share: number | null) {
  if (total === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <>
      {covered}/{total}
      <Typography.Text type="secondary"> ({formatShare(share)})</Typography.Text>
    </>
  );
}

/**
 * One row per child division; a division that has divisions below it can be drilled into, and its
 * station counts open the stations behind them.
 */
export function CoverageTable({
  rows,
  canDrill,
  onDrill,
}: {
  rows: Child[];
  canDrill: (regionCode: string) => boolean;
  onDrill: (regionCode: string) => void;
}) {
  const { language, t } = useLanguage();
  const columns: TableProps<Child>['columns'] = [
    {
      key: 'region',
      title: t('coverage.division'),
      dataIndex: 'regionName',
      fixed: 'left',
      // The short name; the full path on hover, as in the tiles.
      render: (name: string, row) =>
        canDrill(row.regionCode) ? (
          <Button
            type="link"
            style={{ paddingInline: 0 }}
            title={`${row.regionPath} · ${t('coverage.drill')}`}
            onClick={() => onDrill(row.regionCode)}
          >
            {name}
          </Button>
        ) : (
          <span title={row.regionPath}>{name}</span>
        ),
    },
    {
      key: 'township',
      title: t('coverage.col.townships'),
      align: 'right',
      render: (_value, row) => ratio(row.townshipsWithStation, row.townships, row.townshipCoverage),
    },
    {
      key: 'village',
      title: t('coverage.col.villages'),
      align: 'right',
      render: (_value, row) => ratio(row.villagesStaffed, row.villages, row.villageCoverage),
    },
    {
      key: 'stations',
      title: t('coverage.col.stations'),
      align: 'right',
      render: (_value, row) => (
        <Link to={coverageLinks.stations(row.regionCode)}>{stationTotal(row)}</Link>
      ),
    },
    {
      key: 'belowNorm',
      title: t('coverage.col.belowNorm'),
      dataIndex: 'stationsBelowNorm',
      align: 'right',
      render: (count: number, row) => (
        <Link to={coverageLinks.belowNorm(row.regionCode)}>
          {count > 0 ? <Typography.Text type="danger">{count}</Typography.Text> : count}
        </Link>
      ),
    },
    { key: 'workers', title: t('coverage.workers'), dataIndex: 'workers', align: 'right' },
    {
      key: 'perWorker',
      title: t('coverage.populationPerWorker'),
      dataIndex: 'populationPerWorker',
      align: 'right',
      render: (value: number | null) =>
        value === null ? '—' : Math.round(value).toLocaleString(language),
    },
  ];
  return (
    <Table<Child>
      rowKey="regionCode"
      size="middle"
      columns={columns}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: <Empty description={t('coverage.children.empty')} /> }}
    />
  );
}
