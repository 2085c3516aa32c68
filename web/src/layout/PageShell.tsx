import { Layout } from 'antd';
import type { ReactNode } from 'react';
import { AppHeader } from './AppHeader';

/** The frame of every page but the map, which fills the window instead of scrolling. */
export function PageShell({ children, maxWidth = 1200 }: { children: ReactNode; maxWidth?: number }) {
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <AppHeader />
      <Layout.Content style={{ padding: 12 }}>
        <div style={{ maxWidth, margin: '0 auto' }}>{children}</div>
      </Layout.Content>
    </Layout>
  );
}
