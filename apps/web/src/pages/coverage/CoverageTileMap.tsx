import type { Coverage } from '@shegong/domain';
import { Flex, Segmented, Tooltip, Typography } from 'antd';
import { useMemo, type KeyboardEvent } from 'react';
import { useT } from '../../i18n/useT';
import { TileFigures } from './TileFigures';
import styles from './tile-map.module.css';
import { TileMapLegend } from './TileMapLegend';
import {
  appliesTo,
  classOf,
  colorClasses,
  gridColumns,
  measureFor,
  noDataColor,
  tileMeasures,
  type TileMeasure,
} from './tile-map-scale';

type Child = Coverage['children'][number];

const tileWidth = 120;
const tileHeight = 68;
const gap = 6;

/** At most this many characters of a name fit on a tile; the full name is in the tooltip. */
const nameFits = 7;
const fitName = (name: string) =>
  [...name].length > nameFits ? `${[...name].slice(0, nameFits - 1).join('')}…` : name;

/**
 * 覆盖分布图: one tile per division directly below the region, in division-code order in a compact
 * grid, coloured by the chosen measure. A tile choropleth rather than a boundary map: publishing
 * boundaries needs an approved map (审图号), and the platform ships none (docs/architecture.md).
 * Tiles that have divisions below them are buttons (click, Enter or Space) that drill down as the
 * table does; every tile names its figures for screen readers and in its tooltip. A measure that
 * no division shown has a figure for is not offered, and the map says why.
 */
export function CoverageTileMap({
  rows,
  chosen,
  onChoose,
  canDrill,
  onDrill,
}: {
  rows: Child[];
  /** The measure the user chose (kept by the page while drilling); null for the level's default. */
  chosen: TileMeasure | null;
  onChoose: (measure: TileMeasure) => void;
  canDrill: (regionCode: string) => boolean;
  onDrill: (regionCode: string) => void;
}) {
  const t = useT();
  const measure = measureFor(chosen, rows);
  const inapplicable = tileMeasures.filter((m) => !appliesTo(m, rows));
  const classes = useMemo(() => colorClasses(measure, rows), [measure, rows]);
  const columns = gridColumns(rows.length);
  const lines = Math.ceil(rows.length / columns);
  const width = columns * tileWidth + (columns - 1) * gap;
  const height = lines * tileHeight + (lines - 1) * gap;
  const measureLabel = t(measure.label);

  const onKey = (event: KeyboardEvent, code: string) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onDrill(code);
    }
  };

  return (
    <Flex vertical gap="small">
      <Flex wrap gap="small" align="center">
        <Segmented<TileMeasure>
          aria-label={t('coverage.map.measure')}
          value={measure.key}
          onChange={onChoose}
          options={tileMeasures.map((m) => ({
            value: m.key,
            label: t(m.label),
            disabled: inapplicable.includes(m),
          }))}
        />
        {inapplicable.map((m) => (
          <Typography.Text key={m.key} type="secondary">
            {t('coverage.map.notApplicable', { measure: t(m.label), reason: t(m.noValue) })}
          </Typography.Text>
        ))}
      </Flex>
      <svg
        role="group"
        aria-label={t('coverage.map.label', { measure: measureLabel })}
        viewBox={`0 0 ${width} ${height}`}
        style={{ width: '100%', maxWidth: columns * 150, display: 'block' }}
      >
        {rows.map((row, i) => {
          const value = measure.value(row);
          const found = classOf(classes, value);
          const shown = value === null ? '—' : measure.format(value);
          const drillable = canDrill(row.regionCode);
          const x = (i % columns) * (tileWidth + gap);
          const y = Math.floor(i / columns) * (tileHeight + gap);
          const ink = found?.dark ? '#fff' : '#000';
          const label = t('coverage.map.tile', {
            name: row.regionPath,
            measure: measureLabel,
            value: value === null ? t(measure.noValue) : shown,
          });
          return (
            <Tooltip
              key={row.regionCode}
              title={<TileFigures row={row} />}
              trigger={['hover', 'focus']}
            >
              <g
                className={drillable ? `${styles.tile} ${styles.drillable}` : styles.tile}
                data-region={row.regionCode}
                transform={`translate(${x} ${y})`}
                role={drillable ? 'button' : 'img'}
                tabIndex={drillable ? 0 : undefined}
                aria-label={drillable ? t('coverage.map.tileDrill', { label }) : label}
                onClick={drillable ? () => onDrill(row.regionCode) : undefined}
                onKeyDown={drillable ? (event) => onKey(event, row.regionCode) : undefined}
              >
                <rect
                  width={tileWidth}
                  height={tileHeight}
                  rx={6}
                  fill={found?.color ?? noDataColor}
                  stroke={found ? 'rgba(0, 0, 0, 0.15)' : 'rgba(0, 0, 0, 0.25)'}
                  strokeDasharray={found ? undefined : '4 3'}
                />
                <text x={10} y={26} fontSize={14} fill={ink}>
                  {fitName(row.regionName)}
                </text>
                <text x={10} y={52} fontSize={18} fontWeight={600} fill={ink}>
                  {shown}
                </text>
              </g>
            </Tooltip>
          );
        })}
      </svg>
      <TileMapLegend classes={classes} title={measureLabel} noValue={t(measure.noValue)} />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('coverage.map.note')}
      </Typography.Text>
    </Flex>
  );
}
