import { LANGUAGES, type Language } from '@needle/contract';

export type { Language };

const storageKey = 'needle.language';

function isLanguage(value: string | null): value is Language {
  return LANGUAGES.some((language) => language === value);
}

/** Chinese unless the user chose otherwise on this browser: the console's users are Chinese staff. */
export function storedLanguage(): Language {
  const stored = localStorage.getItem(storageKey);
  return isLanguage(stored) ? stored : 'zh-CN';
}

export function rememberLanguage(language: Language): void {
  localStorage.setItem(storageKey, language);
}

export function asLanguage(value: string): Language {
  return isLanguage(value) ? value : 'zh-CN';
}
