import type { Locale } from 'antd/es/locale';
import antdChinese from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { english } from './english';
import { asLanguage, type Language, rememberLanguage, storedLanguage } from './language';
import { zhCN } from './zh-CN';

// Chinese, every user's first language, is in the first load. Another language's texts come in a
// chunk of their own when chosen: English (its texts and antd's) would add 16 KB gzipped to every
// page's first load.
const antdLocales: Partial<Record<Language, Locale>> = { 'zh-CN': antdChinese };

// antd's date pickers name months and weekdays, and start the week, as dayjs's locale says: Monday
// and 一月 in Chinese, English's own in English.
const dayjsLocales: Record<Language, string> = { 'zh-CN': 'zh-cn', en: 'en' };

const otherLanguages: Record<Exclude<Language, 'zh-CN'>, () => Promise<typeof english>> = {
  en: () => import('./english').then((m) => m.english),
};

async function loadLanguage(language: Language): Promise<void> {
  if (language === 'zh-CN' || i18n.hasResourceBundle(language, 'translation')) return;
  const pack = await otherLanguages[language]();
  i18n.addResourceBundle(language, 'translation', pack.messages);
  antdLocales[language] = pack.antd;
}

async function showLanguage(language: Language): Promise<void> {
  await loadLanguage(language);
  document.documentElement.lang = language;
  dayjs.locale(dayjsLocales[language]);
  await i18n.changeLanguage(language);
}

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN } },
  // The stored language, if not Chinese, is switched to once its texts are in (i18nReady).
  lng: 'zh-CN',
  fallbackLng: 'zh-CN',
  // React already escapes what it renders.
  interpolation: { escapeValue: false },
});
document.documentElement.lang = 'zh-CN';
dayjs.locale(dayjsLocales['zh-CN']);

/**
 * Settles once the user's language can be shown; the app renders after it, so an English user never
 * sees a flash of Chinese. Should the English chunk fail to load, the app opens in Chinese.
 */
export const i18nReady: Promise<void> = (() => {
  const initial = storedLanguage();
  return initial === 'zh-CN' ? Promise.resolve() : showLanguage(initial).catch(() => undefined);
})();

export async function changeLanguage(language: Language): Promise<void> {
  await showLanguage(language);
  rememberLanguage(language);
}

export function currentLanguage(): Language {
  return asLanguage(i18n.language);
}

/** antd's own texts (pagination, date pickers, empty tables) in the language shown. */
export function antdLocale(language: string): Locale {
  return antdLocales[asLanguage(language)] ?? antdChinese;
}

export { i18n };
