import type { Role } from '@shegong/domain';
import { Select } from 'antd';
import { useRoleOptions } from '../../hooks/useRoleOptions';

/** Up to four roles, as the contract allows. */
export function RoleSelect(props: {
  value?: Role[];
  onChange?: (roles: Role[]) => void;
  id?: string;
}) {
  const options = useRoleOptions();
  return <Select<Role[]> mode="multiple" maxCount={4} allowClear options={options} {...props} />;
}
