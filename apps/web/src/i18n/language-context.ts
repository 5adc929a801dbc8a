import type { Language } from '@shegong/domain';
import { createContext } from 'react';
import type { MessageKey, MessageParams } from './messages';

export type Translate = (key: MessageKey, params?: MessageParams) => string;

export interface LanguageContextValue {
  language: Language;
  setLanguage: (language: Language) => void;
  t: Translate;
}

export const LanguageContext = createContext<LanguageContextValue | null>(null);
