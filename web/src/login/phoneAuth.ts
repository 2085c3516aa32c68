import type {
  Me,
  PhoneCodeBody,
  PhoneCodeResponse,
  PhoneSignInBody,
  PhoneSignUpBody,
} from '@needle/contract';
import { api } from '../api/client';

/** Asks the server to text a sign-in code to the number; a demo installation answers it too. */
export const requestPhoneCode = (body: PhoneCodeBody) =>
  api<PhoneCodeResponse>('/api/auth/phone/code', { method: 'POST', body });

export async function signInByPhone(body: PhoneSignInBody): Promise<Me> {
  const { user } = await api<{ user: Me }>('/api/auth/phone/sign-in', { method: 'POST', body });
  return user;
}

export async function signUpByPhone(body: PhoneSignUpBody): Promise<Me> {
  const { user } = await api<{ user: Me }>('/api/auth/phone/sign-up', { method: 'POST', body });
  return user;
}
