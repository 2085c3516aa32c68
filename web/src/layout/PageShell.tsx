import { Layout } from 'antd';
import type { ReactNode } from 'react';
import { AppHeader } from './AppHeader';
import { tabBarSpace } from './phoneFrame';
import { useIsPhone } from './useIsPhone';

/**
 * The frame of every page but the map, which fills the window instead of scrolling. On a phone there
 * is no header, and the page's end stays clear of the tab bar fixed over it.
 */
export function PageShell({ children, maxWidth = 1200 }: { children: ReactNode; maxWidth?: number }) {
  const phone = useIsPhone();
  return (
    <Layout style={{ minHeight: '100vh' }}>
      {!phone && <AppHeader />}
      <Layout.Content style={{ padding: 12, paddingBottom: phone ? `calc(${tabBarSpace} + 12px)` : 12 }}>
        <div style={{ maxWidth, margin: '0 auto' }}>{children}</div>
      </Layout.Content>
    </Layout>
  );
}
