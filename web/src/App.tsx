import { ConfigProvider, Spin } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter, Navigate, RouterProvider } from 'react-router';
import { AuthProvider } from './auth/AuthProvider';
import { RequireAuth } from './auth/RequireAuth';
import { LoginPage } from './login/LoginPage';

// Leaflet and the map code load only once someone is signed in: the login page stays light.
const MapPage = lazy(() => import('./map/MapPage').then(({ MapPage }) => ({ default: MapPage })));

const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  {
    path: '/map/:code?',
    element: (
      <RequireAuth>
        <Suspense fallback={<Spin fullscreen />}>
          <MapPage />
        </Suspense>
      </RequireAuth>
    ),
  },
  { path: '*', element: <Navigate to="/map" replace /> },
]);

export function App() {
  const { i18n } = useTranslation();
  return (
    <ConfigProvider locale={i18n.language === 'en' ? enUS : zhCN}>
      <AuthProvider>
        <RouterProvider router={router} />
      </AuthProvider>
    </ConfigProvider>
  );
}
