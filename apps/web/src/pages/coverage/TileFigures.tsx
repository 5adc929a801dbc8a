import type { Coverage } from '@shegong/domain';
import { formatShare } from '../../format/percent';
import { useLanguage } from '../../i18n/useLanguage';

type Child = Coverage['children'][number];

/** The figures of one division, as its tile's tooltip shows them: full name first. */
export function TileFigures({ row }: { row: Child }) {
  const { language, t } = useLanguage();
  const perWorker =
    row.populationPerWorker === null
      ? '—'
      : Math.round(row.populationPerWorker).toLocaleString(language);
  const lines = [
    [
      t('coverage.col.townships'),
      `${row.townshipsWithStation}/${row.townships}（${formatShare(row.townshipCoverage)}）`,
    ],
    [
      t('coverage.col.villages'),
      `${row.villagesStaffed}/${row.villages}（${formatShare(row.villageCoverage)}）`,
    ],
    [t('coverage.stationsBelowNorm'), String(row.stationsBelowNorm)],
    [t('coverage.workers'), String(row.workers)],
    [t('coverage.populationPerWorker'), perWorker],
  ] as const;
  return (
    <div>
      <div style={{ fontWeight: 600, marginBottom: 4 }}>{row.regionPath}</div>
      {lines.map(([label, value]) => (
        <div key={label}>
          {label}：{value}
        </div>
      ))}
    </div>
  );
}
