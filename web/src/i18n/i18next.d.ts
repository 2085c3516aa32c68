import 'i18next';
import type { Messages } from './zh-CN';

// Typed keys: a missing or misspelt translation key fails the type check instead of showing the key.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}
