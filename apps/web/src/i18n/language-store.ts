import { languages, type Language } from '@shegong/domain';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';

// The UI language lives outside React so that the API client can send it with every request.
const storageKey = 'shegong.language';
const dayjsLocales: Record<Language, string> = { 'zh-CN': 'zh-cn', 'en-US': 'en' };

let current: Language = readStored();
const listeners = new Set<() => void>();
applyLanguage(current);

function readStored(): Language {
  try {
    const stored = localStorage.getItem(storageKey);
    return languages.find((l) => l === stored) ?? 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

function applyLanguage(language: Language) {
  dayjs.locale(dayjsLocales[language]);
  document.documentElement.lang = language;
}

export function getLanguage(): Language {
  return current;
}

export function setLanguage(language: Language): void {
  if (language === current) return;
  current = language;
  try {
    localStorage.setItem(storageKey, language);
  } catch {
    // Private mode may refuse storage; the choice then lasts for this page only.
  }
  applyLanguage(language);
  for (const listener of listeners) listener();
}

export function subscribeLanguage(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
