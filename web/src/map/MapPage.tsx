import { Alert, Layout, Spin } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { isNotFound } from '../api/isNotFound';
import { useMe } from '../auth/AuthContext';
import { jurisdictionRegionCode, topRegionCode } from '../auth/jurisdiction';
import { errorText } from '../i18n/errorText';
import { AppHeader } from '../layout/AppHeader';
import { tabBarSpace } from '../layout/phoneFrame';
import { useIsPhone } from '../layout/useIsPhone';
import { GridList } from './GridList';
import { GridMap } from './GridMap';
import { MapFilters } from './MapFilters';
import { MapSheet } from './MapSheet';
import { defaultMapFilter, type MapFilter, useMapCases } from './mapFilter';
import { RegionHeading } from './RegionHeading';
import { RegionNotFound } from './RegionNotFound';
import { RegionTreePanel } from './RegionTreePanel';
import { useRegionTree, useRegionView } from './regionQueries';

// What the collapsed sheet covers of the map's bottom: the grids are framed above it.
const collapsedSheetPx = 110;

/** `/map` shows the user's jurisdiction; `/map/:code` any node inside it (a deep link, e.g. to one grid). */
export function MapPage() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const phone = useIsPhone();
  const tree = useRegionTree();
  const treeTop = tree.data ? topRegionCode(tree.data) : null;
  const code = useParams().code ?? jurisdictionRegionCode(me) ?? treeTop;
  const { view: ready, error } = useRegionView(code);
  const selectedPath = useMemo(() => ready?.detail.ancestors.map((ancestor) => ancestor.code) ?? [], [ready]);
  const failed = ready === null && error !== null;
  const notFound = failed && isNotFound(error);
  // The sheet is open on the node it was opened on: a node picked in it (or a grid in its list) is
  // shown on the map, and the sheet steps aside.
  // ('' stands for the top of the tree, before it has a code.)
  const [sheetOpenOn, setSheetOpenOn] = useState<string | null>(null);
  const sheetOpen = sheetOpenOn === (code ?? '');
  const [filter, setFilter] = useState<MapFilter>(defaultMapFilter);
  const cases = useMapCases(code, filter);
  const filters = <MapFilters filter={filter} onChange={setFilter} cases={cases} />;

  const regionTree = (
    <RegionTreePanel
      tree={tree}
      selectedCode={code}
      selectedPath={selectedPath}
      onSelect={(selected) => navigate(selected ? `/map/${selected}` : '/map')}
    />
  );
  const map = (bottomInset: number) => (
    <>
      <GridMap
        grids={ready?.grids ?? null}
        bottomInset={bottomInset}
        cases={cases.data ?? null}
        heat={filter.heat}
      />
      {ready === null && !failed && (
        <Spin style={{ position: 'absolute', top: '50%', left: '50%', zIndex: 1000 }} />
      )}
    </>
  );
  const failure = (
    <>
      {notFound && code && <RegionNotFound code={code} />}
      {failed && !notFound && <Alert type="error" title={errorText(t, error)} />}
    </>
  );

  if (phone) {
    // The whole screen above the tab bar is map; the tree waits in the bottom sheet.
    return (
      // A Layout, not a bare div: antd styles the links inside its own components only.
      <Layout style={{ position: 'relative', height: `calc(100dvh - ${tabBarSpace})`, overflow: 'hidden' }}>
        {failure}
        {!notFound && map(collapsedSheetPx)}
        <MapSheet
          expanded={sheetOpen}
          onExpandedChange={(open) => setSheetOpenOn(open ? (code ?? '') : null)}
          heading={ready && <RegionHeading detail={ready.detail} />}
        >
          <div style={{ paddingTop: 8 }}>{filters}</div>
          <div style={{ paddingTop: 12, marginTop: 8, borderTop: '1px solid #f0f0f0' }}>{regionTree}</div>
          {ready && (
            <div style={{ paddingTop: 12, marginTop: 8, borderTop: '1px solid #f0f0f0' }}>
              <GridList grids={ready.grids} />
            </div>
          )}
        </MapSheet>
      </Layout>
    );
  }

  return (
    <Layout style={{ height: '100vh' }}>
      <AppHeader />
      <Layout>
        <Layout.Sider width={300} theme="light" style={{ borderInlineEnd: '1px solid #f0f0f0' }}>
          <div style={{ display: 'flex', flexDirection: 'column', height: '100%' }}>
            <div style={{ flex: 1, overflow: 'auto', padding: 8 }}>{regionTree}</div>
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
          {failure}
          {!notFound && (
            <>
              {ready && <RegionHeading detail={ready.detail} />}
              <div style={{ padding: '8px 16px', background: '#fff', borderTop: '1px solid #f0f0f0' }}>
                {filters}
              </div>
              <div style={{ flex: 1, position: 'relative' }}>{map(0)}</div>
            </>
          )}
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
