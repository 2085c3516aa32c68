import { Alert, Layout, Spin } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { isNotFound } from '../api/isNotFound';
import { useMe } from '../auth/AuthContext';
import { jurisdictionRegionCode, topRegionCode } from '../auth/jurisdiction';
import { errorText } from '../i18n/errorText';
import { AppHeader } from '../layout/AppHeader';
import { GridList } from './GridList';
import { GridMap } from './GridMap';
import { RegionHeading } from './RegionHeading';
import { RegionNotFound } from './RegionNotFound';
import { RegionTreePanel } from './RegionTreePanel';
import { useRegionTree, useRegionView } from './regionQueries';

/** `/map` shows the user's jurisdiction; `/map/:code` any node inside it (a deep link, e.g. to one grid). */
export function MapPage() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const tree = useRegionTree();
  const treeTop = tree.data ? topRegionCode(tree.data) : null;
  const code = useParams().code ?? jurisdictionRegionCode(me) ?? treeTop;
  const { view: ready, error } = useRegionView(code);
  const selectedPath = useMemo(() => ready?.detail.ancestors.map((ancestor) => ancestor.code) ?? [], [ready]);
  const failed = ready === null && error !== null;
  const notFound = failed && isNotFound(error);

  return (
    <Layout style={{ height: '100vh' }}>
      <AppHeader />
      <Layout>
        <Layout.Sider width={300} theme="light" style={{ borderInlineEnd: '1px solid #f0f0f0' }}>
          <div style={{ display: 'flex', flexDirection: 'column', height: '100%' }}>
            <div style={{ flex: 1, overflow: 'auto', padding: 8 }}>
              <RegionTreePanel
                tree={tree}
                selectedCode={code}
                selectedPath={selectedPath}
                onSelect={(selected) => navigate(selected ? `/map/${selected}` : '/map')}
              />
            </div>
            {ready && (
              <div
                style={{ maxHeight: '40%', overflow: 'auto', padding: 12, borderTop: '1px solid #f0f0f0' }}
              >
                <GridList grids={ready.grids} />
              </div>
            )}
          </div>
        </Layout.Sider>
        <Layout.Content style={{ display: 'flex', flexDirection: 'column' }}>
          {notFound && code && <RegionNotFound code={code} />}
          {failed && !notFound && <Alert type="error" title={errorText(t, error)} />}
          {!notFound && (
            <>
              {ready && <RegionHeading detail={ready.detail} />}
              <div style={{ flex: 1, position: 'relative' }}>
                <GridMap grids={ready?.grids ?? null} />
                {ready === null && !failed && (
                  <Spin style={{ position: 'absolute', top: '50%', left: '50%', zIndex: 1000 }} />
                )}
              </div>
            </>
          )}
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
