import type { StaffingNormResponse } from '@shegong/domain';
import { Button, Popconfirm } from 'antd';
import { useRecordMutation } from '../../hooks/useRecordMutation';
import { useT } from '../../i18n/useT';
import { stationKeys } from '../stations/stations-api';
import { coverageKeys, normKeys, removeStaffingNorm } from './coverage-api';

/**
 * 撤销本区划标准: drops the region's own norm after a confirmation that says what applies then
 * (the enclosing region's norm, or the platform's defaults).
 */
export function RemoveNormButton({
  norm,
  onStale,
}: {
  norm: StaffingNormResponse;
  onStale: () => void;
}) {
  const t = useT();
  const remove = useRecordMutation(() => removeStaffingNorm(norm.regionCode, norm.version), {
    invalidates: [normKeys.all, coverageKeys.all, stationKeys.all],
    success: (now) =>
      now.setBy ? t('coverage.norm.removed.inherited') : t('coverage.norm.removed.default'),
    onStale,
  });
  return (
    <Popconfirm
      title={t('coverage.norm.remove.confirm')}
      description={t('coverage.norm.remove.hint')}
      okText={t('coverage.norm.remove')}
      okButtonProps={{ danger: true }}
      onConfirm={() => remove.mutate(undefined)}
    >
      <Button size="small" danger loading={remove.isPending}>
        {t('coverage.norm.remove')}
      </Button>
    </Popconfirm>
  );
}
