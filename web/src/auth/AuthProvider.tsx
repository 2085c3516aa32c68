import type { Me } from '@needle/contract';
import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { fetchMe, login, logout } from '../api/auth';
import { onUnauthenticated } from '../api/client';
import { clearApiCaches } from '../offline/apiCaches';
import { type Auth, AuthContext, type AuthState } from './AuthContext';

export function AuthProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<AuthState>({ status: 'checking' });
  const queryClient = useQueryClient();

  useEffect(() => {
    const controller = new AbortController();
    // Offline, the service worker answers with the last /api/auth/me: the phone pages open signed in.
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

  const auth = useMemo<Auth>(() => {
    // Whatever the caches hold (the query cache, the service worker's answers kept for offline use) was
    // read for someone: one user's data never shows to the next, online or offline.
    const enter = async (me: Me) => {
      queryClient.clear();
      await clearApiCaches();
      setState({ status: 'signed-in', me });
    };
    return {
      state,
      enter,
      async signIn(username, password) {
        await enter(await login(username, password));
      },
      async signOut() {
        await logout();
        queryClient.clear();
        await clearApiCaches();
        setState({ status: 'signed-out' });
      },
    };
  }, [state, queryClient]);

  return <AuthContext value={auth}>{children}</AuthContext>;
}
