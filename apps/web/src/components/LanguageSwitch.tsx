import { languages, type Language } from '@shegong/domain';
import { Segmented } from 'antd';
import { useLanguage } from '../i18n/useLanguage';

/** 中文 / English, shown in each language's own words. */
export function LanguageSwitch() {
  const { language, setLanguage, t } = useLanguage();
  return (
    <Segmented<Language>
      size="small"
      aria-label={t('language.label')}
      value={language}
      onChange={setLanguage}
      options={languages.map((code) => ({ value: code, label: t(`language.${code}`) }))}
    />
  );
}
