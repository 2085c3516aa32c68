import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Navigate, type RouteObject, useRoutes } from 'react-router';
import { queryClient } from './api/queryClient';
import { useMe } from './auth/AuthContext';
import { AuthProvider } from './auth/AuthProvider';
import { isPublicOnly } from './auth/publicOnly';
import { PageSkeleton } from './common/PageSkeleton';
import { antdLocale } from './i18n';
import { phoneTabsOf, sectionPath } from './layout/sections';
import { useIsPhone } from './layout/useIsPhone';

// Every page is a chunk of its own, loaded when first shown: the login page does not carry the
// console's header and menu, the workbench does not carry the login form, and neither carries Leaflet
// or ECharts. The build prints what each first load weighs (build/routeBudget.ts).
const LoginPage = lazy(() => import('./login/LoginPage').then(({ LoginPage }) => ({ default: LoginPage })));
const SignUpPage = lazy(() =>
  import('./signup/SignUpPage').then(({ SignUpPage }) => ({ default: SignUpPage })),
);
const SignedInLayout = lazy(() =>
  import('./layout/SignedInLayout').then(({ SignedInLayout }) => ({ default: SignedInLayout })),
);
const MapPage = lazy(() => import('./map/MapPage').then(({ MapPage }) => ({ default: MapPage })));
const CaseListPage = lazy(() =>
  import('./cases/CaseListPage').then(({ CaseListPage }) => ({ default: CaseListPage })),
);
const MyReportsPage = lazy(() =>
  import('./cases/MyReportsPage').then(({ MyReportsPage }) => ({ default: MyReportsPage })),
);
const CaseDetailPage = lazy(() =>
  import('./cases/CaseDetailPage').then(({ CaseDetailPage }) => ({ default: CaseDetailPage })),
);
const ReportPage = lazy(() =>
  import('./report/ReportPage').then(({ ReportPage }) => ({ default: ReportPage })),
);
const InboxPage = lazy(() => import('./inbox/InboxPage').then(({ InboxPage }) => ({ default: InboxPage })));
const HotlinePage = lazy(() =>
  import('./hotline/HotlinePage').then(({ HotlinePage }) => ({ default: HotlinePage })),
);
const WhistleListPage = lazy(() =>
  import('./whistles/WhistleListPage').then(({ WhistleListPage }) => ({ default: WhistleListPage })),
);
const WhistleDetailPage = lazy(() =>
  import('./whistles/WhistleDetailPage').then(({ WhistleDetailPage }) => ({ default: WhistleDetailPage })),
);
const PartnersPage = lazy(() =>
  import('./partners/PartnersPage').then(({ PartnersPage }) => ({ default: PartnersPage })),
);
const StatsPage = lazy(() => import('./stats/StatsPage').then(({ StatsPage }) => ({ default: StatsPage })));
const MonthlyProblemsPage = lazy(() =>
  import('./monthly-problems/MonthlyProblemsPage').then(({ MonthlyProblemsPage }) => ({
    default: MonthlyProblemsPage,
  })),
);
const HotspotsPage = lazy(() =>
  import('./hotspots/HotspotsPage').then(({ HotspotsPage }) => ({ default: HotspotsPage })),
);
const HotspotDetailPage = lazy(() =>
  import('./hotspots/HotspotDetailPage').then(({ HotspotDetailPage }) => ({ default: HotspotDetailPage })),
);
const BigScreenPage = lazy(() =>
  import('./bigscreen/BigScreenPage').then(({ BigScreenPage }) => ({ default: BigScreenPage })),
);
const PointsPage = lazy(() =>
  import('./points/PointsPage').then(({ PointsPage }) => ({ default: PointsPage })),
);
const ShopPage = lazy(() => import('./points-shop/ShopPage').then(({ ShopPage }) => ({ default: ShopPage })));
const ParticipationDashboardPage = lazy(() =>
  import('./participation/ParticipationDashboardPage').then(({ ParticipationDashboardPage }) => ({
    default: ParticipationDashboardPage,
  })),
);
const ShopAdminPage = lazy(() =>
  import('./points-shop/ShopAdminPage').then(({ ShopAdminPage }) => ({ default: ShopAdminPage })),
);
const PatrolsPage = lazy(() =>
  import('./patrols/PatrolsPage').then(({ PatrolsPage }) => ({ default: PatrolsPage })),
);
const PatrolDetailPage = lazy(() =>
  import('./patrols/PatrolDetailPage').then(({ PatrolDetailPage }) => ({ default: PatrolDetailPage })),
);
const InspectionsPage = lazy(() =>
  import('./inspections/InspectionsPage').then(({ InspectionsPage }) => ({ default: InspectionsPage })),
);
const PublicShopPage = lazy(() =>
  import('./inspections/PublicShopPage').then(({ PublicShopPage }) => ({ default: PublicShopPage })),
);
const ErrandsPage = lazy(() =>
  import('./errands/ErrandsPage').then(({ ErrandsPage }) => ({ default: ErrandsPage })),
);
const MyBuildingPage = lazy(() =>
  import('./registry/MyBuildingPage').then(({ MyBuildingPage }) => ({ default: MyBuildingPage })),
);
const RegistryPage = lazy(() =>
  import('./registry/RegistryPage').then(({ RegistryPage }) => ({ default: RegistryPage })),
);
const TasksPage = lazy(() => import('./tasks/TasksPage').then(({ TasksPage }) => ({ default: TasksPage })));
const WorkbenchPage = lazy(() =>
  import('./workbench/WorkbenchPage').then(({ WorkbenchPage }) => ({ default: WorkbenchPage })),
);
const MePage = lazy(() => import('./me/MePage').then(({ MePage }) => ({ default: MePage })));
const AdminPage = lazy(() => import('./admin/AdminPage').then(({ AdminPage }) => ({ default: AdminPage })));
const ListsPage = lazy(() =>
  import('./community-lists/ListsPage').then(({ ListsPage }) => ({ default: ListsPage })),
);
const ProjectDetailPage = lazy(() =>
  import('./community-lists/ProjectDetailPage').then(({ ProjectDetailPage }) => ({
    default: ProjectDetailPage,
  })),
);
const EvaluationsHome = lazy(() =>
  import('./evaluations/EvaluationsHome').then(({ EvaluationsHome }) => ({ default: EvaluationsHome })),
);
const EvaluationHome = lazy(() =>
  import('./evaluations/EvaluationsHome').then(({ EvaluationHome }) => ({ default: EvaluationHome })),
);
const CommunityTasksPage = lazy(() =>
  import('./admitted-tasks/CommunityTasksPage').then(({ CommunityTasksPage }) => ({
    default: CommunityTasksPage,
  })),
);
const VolunteersPage = lazy(() =>
  import('./volunteers/VolunteersPage').then(({ VolunteersPage }) => ({ default: VolunteersPage })),
);
const TeamDetailPage = lazy(() =>
  import('./volunteers/TeamDetailPage').then(({ TeamDetailPage }) => ({ default: TeamDetailPage })),
);
const ActivityDetailPage = lazy(() =>
  import('./volunteers/ActivityDetailPage').then(({ ActivityDetailPage }) => ({
    default: ActivityDetailPage,
  })),
);
const WishesPage = lazy(() =>
  import('./wishes/WishesPage').then(({ WishesPage }) => ({ default: WishesPage })),
);
const WishDetailPage = lazy(() =>
  import('./wishes/WishDetailPage').then(({ WishDetailPage }) => ({ default: WishDetailPage })),
);
const PublicProjectsPage = lazy(() =>
  import('./community-lists/PublicProjectsPage').then(({ PublicProjectsPage }) => ({
    default: PublicProjectsPage,
  })),
);
const DeliberationsPage = lazy(() =>
  import('./deliberations/DeliberationsPage').then(({ DeliberationsPage }) => ({
    default: DeliberationsPage,
  })),
);
const DeliberationDetailPage = lazy(() =>
  import('./deliberations/DeliberationDetailPage').then(({ DeliberationDetailPage }) => ({
    default: DeliberationDetailPage,
  })),
);
const PublicBoardPage = lazy(() =>
  import('./deliberations/PublicBoardPage').then(({ PublicBoardPage }) => ({ default: PublicBoardPage })),
);
const PublicVotePage = lazy(() =>
  import('./deliberations/PublicVotePage').then(({ PublicVotePage }) => ({ default: PublicVotePage })),
);
const HouseholdsPage = lazy(() =>
  import('./voters/HouseholdsPage').then(({ HouseholdsPage }) => ({ default: HouseholdsPage })),
);
const MyVotingPage = lazy(() =>
  import('./voters/MyVotingPage').then(({ MyVotingPage }) => ({ default: MyVotingPage })),
);

const routes: RouteObject[] = [
  { path: '/login', element: <LoginPage /> },
  { path: '/signup', element: <SignUpPage /> },
  // 项目公示: a community's projects for its residents, without signing in.
  { path: '/public/communities/:code/projects', element: <PublicProjectsPage /> },
  // 社区议事公示 and a vote's public count: residents read and recount without signing in.
  { path: '/public/communities/:code/deliberations', element: <PublicBoardPage /> },
  { path: '/public/votes/:id', element: <PublicVotePage /> },
  // 一户一码: what a shop's printed code opens, for anyone who scans it.
  { path: '/shop-code', element: <PublicShopPage /> },
  {
    element: <SignedInLayout />,
    children: [
      { path: '/', element: <Home /> },
      { path: '/workbench', element: <WorkbenchPage /> },
      { path: '/map/:code?', element: <MapPage /> },
      { path: '/cases', element: <CasesHome /> },
      { path: '/cases/:id', element: <CaseDetailPage /> },
      { path: '/report', element: <ReportPage /> },
      { path: '/inbox', element: <InboxPage /> },
      { path: '/hotline', element: <HotlinePage /> },
      { path: '/whistles', element: <WhistleListPage /> },
      { path: '/whistles/:id', element: <WhistleDetailPage /> },
      { path: '/partners', element: <PartnersPage /> },
      { path: '/lists', element: <ListsPage /> },
      { path: '/lists/projects/:id', element: <ProjectDetailPage /> },
      { path: '/deliberations', element: <DeliberationsPage /> },
      { path: '/deliberations/:id', element: <DeliberationDetailPage /> },
      { path: '/households', element: <HouseholdsPage /> },
      { path: '/voting', element: <MyVotingPage /> },
      // 志愿服务 and 微心愿: staff consoles, or a resident's own pages on their phone.
      { path: '/volunteers', element: <VolunteersPage /> },
      { path: '/volunteers/teams/:id', element: <TeamDetailPage /> },
      { path: '/volunteers/activities/:id', element: <ActivityDetailPage /> },
      { path: '/wishes', element: <WishesPage /> },
      { path: '/wishes/:id', element: <WishDetailPage /> },
      // 民事民评: the organisers' pages, or a resident's own community's on their phone.
      { path: '/evaluations', element: <EvaluationsHome /> },
      { path: '/evaluations/:id', element: <EvaluationHome /> },
      { path: '/community-tasks', element: <CommunityTasksPage /> },
      { path: '/stats', element: <StatsPage /> },
      { path: '/monthly-problems', element: <MonthlyProblemsPage /> },
      { path: '/hotspots', element: <HotspotsPage /> },
      { path: '/hotspots/:id', element: <HotspotDetailPage /> },
      { path: '/bigscreen', element: <BigScreenPage /> },
      { path: '/points', element: <PointsPage /> },
      { path: '/points/shop', element: <ShopPage /> },
      { path: '/shop', element: <ShopAdminPage /> },
      { path: '/participation', element: <ParticipationDashboardPage /> },
      { path: '/tasks', element: <TasksPage /> },
      { path: '/patrols', element: <PatrolsPage /> },
      { path: '/patrols/:id', element: <PatrolDetailPage /> },
      { path: '/inspections', element: <InspectionsPage /> },
      { path: '/registry', element: <RegistryPage /> },
      { path: '/errands', element: <ErrandsPage /> },
      { path: '/my-building', element: <MyBuildingPage /> },
      { path: '/me', element: <MePage /> },
      { path: '/admin/*', element: <AdminPage /> },
    ],
  },
  { path: '*', element: <Navigate to="/" replace /> },
];

// The declarative router rather than createBrowserRouter: no page uses loaders, actions or fetchers,
// and the data router's code would add 16 KB gzipped to every first load.
function AppRoutes() {
  return useRoutes(routes);
}

/**
 * Where a signed-in user starts: staff at their workbench (on a phone, their first tab: 任务 for a grid
 * worker or a department), residents and couriers on the map.
 */
function Home() {
  const me = useMe();
  const phone = useIsPhone();
  if (isPublicOnly(me)) return <Navigate to="/map" replace />;
  return <Navigate to={phone ? sectionPath(phoneTabsOf(me)[0] ?? 'map') : '/workbench'} replace />;
}

/** The desk's case list for staff; "my reports" for residents and couriers. */
function CasesHome() {
  const me = useMe();
  return isPublicOnly(me) ? <MyReportsPage /> : <CaseListPage />;
}

function FirstLoad() {
  return (
    <div style={{ padding: 12, maxWidth: 1200, margin: '0 auto' }}>
      <PageSkeleton />
    </div>
  );
}

export function App() {
  const { i18n } = useTranslation();
  return (
    <QueryClientProvider client={queryClient}>
      <ConfigProvider locale={antdLocale(i18n.language)}>
        {/* AntApp gives message and modal calls the theme and locale of this tree. */}
        <AntApp component={false}>
          <AuthProvider>
            {/* While the first page's code (or the signed-in frame's) loads: the shape of a page. */}
            <Suspense fallback={<FirstLoad />}>
              <BrowserRouter>
                <AppRoutes />
              </BrowserRouter>
            </Suspense>
          </AuthProvider>
        </AntApp>
      </ConfigProvider>
    </QueryClientProvider>
  );
}
