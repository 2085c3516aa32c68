import { Layout } from 'antd';
import type { ReactNode } from 'react';

/** A page for anyone, signed in or not: no menu, a phone-wide column. */
export function PublicShell({ children }: { children: ReactNode }) {
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Content style={{ padding: 12 }}>
        <div style={{ maxWidth: 720, margin: '0 auto', minWidth: 0 }}>{children}</div>
      </Layout.Content>
    </Layout>
  );
}
