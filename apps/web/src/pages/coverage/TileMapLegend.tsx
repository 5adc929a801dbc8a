import { Flex, Typography } from 'antd';
import { useT } from '../../i18n/useT';
import { noDataColor, type ColorClass } from './tile-map-scale';

const swatch = (color: string, dashed = false) => ({
  display: 'inline-block',
  width: 18,
  height: 12,
  borderRadius: 2,
  background: color,
  border: `1px ${dashed ? 'dashed' : 'solid'} rgba(0, 0, 0, 0.25)`,
});

/**
 * The colour classes of the tile map, light to dark, and the tile of a division with no figure,
 * labelled with the reason (`noValue`: no townships there…).
 */
export function TileMapLegend({
  classes,
  title,
  noValue,
}: {
  classes: ColorClass[];
  title: string;
  noValue: string;
}) {
  const t = useT();
  return (
    <Flex wrap gap="small" align="center" role="list" aria-label={t('coverage.map.legend')}>
      <Typography.Text type="secondary">{title}</Typography.Text>
      {classes.map((c) => (
        <Flex key={c.range} gap={4} align="center" role="listitem">
          <span aria-hidden style={swatch(c.color)} />
          <span>{c.range}</span>
        </Flex>
      ))}
      <Flex gap={4} align="center" role="listitem">
        <span aria-hidden style={swatch(noDataColor, true)} />
        <span>{noValue}</span>
      </Flex>
    </Flex>
  );
}
