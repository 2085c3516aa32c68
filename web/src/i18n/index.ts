import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { asLanguage, type Language, rememberLanguage, storedLanguage } from './language';
import { zhCN } from './zh-CN';

const initialLanguage = storedLanguage();
document.documentElement.lang = initialLanguage;

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
  lng: initialLanguage,
  fallbackLng: 'zh-CN',
  // React already escapes what it renders.
  interpolation: { escapeValue: false },
});

export async function changeLanguage(language: Language): Promise<void> {
  rememberLanguage(language);
  document.documentElement.lang = language;
  await i18n.changeLanguage(language);
}

export function currentLanguage(): Language {
  return asLanguage(i18n.language);
}

export { i18n };
