import { Flex } from 'antd';
import type { ReactNode } from 'react';
import type { useRegionDrill } from '../../hooks/useRegionDrill';
import { RegionPicker } from './RegionPicker';
import { RegionTrail } from './RegionTrail';

/**
 * The top of a figures page by division: the picker (the scope when cleared), the trail back up,
 * then the page's own controls (`children`, a year…).
 */
export function RegionDrillBar({
  drill: { scope, region, drill, linkTo },
  children,
}: {
  drill: ReturnType<typeof useRegionDrill>;
  children?: ReactNode;
}) {
  return (
    <Flex wrap gap="middle" align="center">
      <RegionPicker
        value={region}
        onChange={(code) => drill(code ?? scope)}
        allowClear={false}
        style={{ width: 280 }}
      />
      <RegionTrail scope={scope} region={region} linkTo={linkTo} />
      {children}
    </Flex>
  );
}
