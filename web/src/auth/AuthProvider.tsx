import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { fetchMe, login, logout } from '../api/auth';
import { onUnauthenticated } from '../api/client';
import { type Auth, AuthContext, type AuthState } from './AuthContext';

export function AuthProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<AuthState>({ status: 'checking' });
  const queryClient = useQueryClient();

  useEffect(() => {
    const controller = new AbortController();
    fetchMe(controller.signal).then(
      (me) => setState({ status: 'signed-in', me }),
      () => {
        if (!controller.signal.aborted) setState({ status: 'signed-out' });
      },
    );
    const stopListening = onUnauthenticated(() => {
      queryClient.clear();
      setState({ status: 'signed-out' });
    });
    return () => {
      controller.abort();
      stopListening();
    };
  }, [queryClient]);

  const auth = useMemo<Auth>(
    () => ({
      state,
      // Whatever the cache holds was read for someone: one user's data never shows to the next.
      async signIn(username, password) {
        const me = await login(username, password);
        queryClient.clear();
        setState({ status: 'signed-in', me });
      },
      async signOut() {
        await logout();
        queryClient.clear();
        setState({ status: 'signed-out' });
      },
    }),
    [state, queryClient],
  );

  return <AuthContext value={auth}>{children}</AuthContext>;
}
