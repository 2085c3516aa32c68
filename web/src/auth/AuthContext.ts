import type { Me } from '@needle/contract';
import { createContext, useContext } from 'react';

export type AuthState = { status: 'checking' } | { status: 'signed-out' } | { status: 'signed-in'; me: Me };

export interface Auth {
  state: AuthState;
  signIn(username: string, password: string): Promise<void>;
  /** Takes up a session the server opened another way: a code texted to the phone. */
  enter(me: Me): Promise<void>;
  signOut(): Promise<void>;
}

export const AuthContext = createContext<Auth | null>(null);

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside <AuthProvider>');
  return auth;
}

/** For pages behind <RequireAuth>, which only renders them once the user is known. */
export function useMe(): Me {
  const { state } = useAuth();
  if (state.status !== 'signed-in') throw new Error('useMe outside <RequireAuth>');
  return state.me;
}
