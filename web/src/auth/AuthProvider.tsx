import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { fetchMe, login, logout } from '../api/auth';
import { onUnauthenticated } from '../api/client';
import { type Auth, AuthContext, type AuthState } from './AuthContext';

export function AuthProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<AuthState>({ status: 'checking' });

  useEffect(() => {
    const controller = new AbortController();
    fetchMe(controller.signal).then(
      (me) => setState({ status: 'signed-in', me }),
      () => {
        if (!controller.signal.aborted) setState({ status: 'signed-out' });
      },
    );
    const stopListening = onUnauthenticated(() => setState({ status: 'signed-out' }));
    return () => {
      controller.abort();
      stopListening();
    };
  }, []);

  const auth = useMemo<Auth>(
    () => ({
      state,
      async signIn(username, password) {
        const me = await login(username, password);
        setState({ status: 'signed-in', me });
      },
      async signOut() {
        await logout();
        setState({ status: 'signed-out' });
      },
    }),
    [state],
  );

  return <AuthContext value={auth}>{children}</AuthContext>;
}
