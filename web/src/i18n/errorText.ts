import type { TFunction } from 'i18next';
import { ApiError } from '../api/client';
import { zhCN } from './zh-CN';

type KnownErrorCode = Exclude<keyof typeof zhCN.errors, 'network'>;

function isKnownErrorCode(code: string): code is KnownErrorCode {
  return code !== 'network' && Object.hasOwn(zhCN.errors, code);
}

/**
 * Known error codes get text in the user's language; for anything else the server's own message
 * says more than a generic "something went wrong".
 */
export function errorText(t: TFunction, error: unknown): string {
  if (error instanceof ApiError) {
    return isKnownErrorCode(error.code) ? t(`errors.${error.code}`) : error.message;
  }
  return t('errors.network');
}
