import type { Language } from '@shegong/domain';
import { useQueryClient } from '@tanstack/react-query';
import { ConfigProvider } from 'antd';
import enUSLocale from 'antd/locale/en_US';
import zhCNLocale from 'antd/locale/zh_CN';
import { useCallback, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { LanguageContext, type LanguageContextValue } from './language-context';
import { getLanguage, setLanguage as storeLanguage, subscribeLanguage } from './language-store';
import { translate } from './messages';

const antdLocales = { 'zh-CN': zhCNLocale, 'en-US': enUSLocale } as const;

/** The UI language: messages, antd's own texts and dayjs follow it; the choice is remembered. */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const language = useSyncExternalStore(subscribeLanguage, getLanguage);
  const queryClient = useQueryClient();

  const setLanguage = useCallback(
    (next: Language) => {
      storeLanguage(next);
      // The server answers in the request's language (region names, messages): fetch again.
      void queryClient.invalidateQueries();
    },
    [queryClient],
  );

  const value = useMemo<LanguageContextValue>(
    () => ({ language, setLanguage, t: (key, params) => translate(language, key, params) }),
    [language, setLanguage],
  );

  return (
    <LanguageContext value={value}>
      <ConfigProvider locale={antdLocales[language]}>{children}</ConfigProvider>
    </LanguageContext>
  );
}
