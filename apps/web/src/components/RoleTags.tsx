import { labelOf, roles, type Role } from '@shegong/domain';
import { Tag, Typography } from 'antd';
import { useLanguage } from '../i18n/useLanguage';

/** 三员 stand out; a role this version does not know is shown plainly rather than failing. */
function isAdministrator(code: string): boolean {
  return roles.some((role) => role.code === code && 'administrator' in role && role.administrator);
}

export function RoleTags({ codes }: { codes: readonly Role[] }) {
  const { language, t } = useLanguage();
  if (codes.length === 0)
    return <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  return (
    <>
      {codes.map((code) => (
        <Tag key={code} color={isAdministrator(code) ? 'gold' : 'cyan'}>
          {labelOf(roles, code, language)}
        </Tag>
      ))}
    </>
  );
}
