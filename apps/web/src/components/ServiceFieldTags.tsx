import { labelOf, serviceFields, type ServiceField } from '@shegong/domain';
import { Tag, Typography } from 'antd';
import { useLanguage } from '../i18n/useLanguage';

/** The service fields of an organisation or a station, as tags. */
export function ServiceFieldTags({ codes }: { codes: readonly ServiceField[] }) {
  const { language, t } = useLanguage();
  if (codes.length === 0) {
    return <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  }
  return (
    <>
      {codes.map((code) => (
        <Tag key={code}>{labelOf(serviceFields, code, language)}</Tag>
      ))}
    </>
  );
}
