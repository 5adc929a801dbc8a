import type { Organisation } from '@shegong/domain';
import { Badge } from 'antd';
import { useT } from '../../i18n/useT';

/** 正常 / 已注销. */
export function OrganisationStatus({ status }: { status: Organisation['status'] }) {
  const t = useT();
  return (
    <Badge
      status={status === 'active' ? 'success' : 'default'}
      text={t(`organisations.status.${status}`)}
    />
  );
}
