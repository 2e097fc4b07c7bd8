import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createHashRouter, Navigate, Route, RouterProvider, Routes, type RouteObject } from 'react-router';
import type { CallApi } from '../../shared/contract';
import { ApiContext, createApiClient } from './api/client';
import { i18n } from './i18n';
import { lazyPage } from './components/lazy-page';
import { AppLayout } from './layout/AppLayout';
import { activitiesRoutes } from './pages/activities/routes';
import { backupsRoutes } from './pages/backups/routes';
import { syncRoutes } from './pages/sync/routes';
import { esfRoutes } from './pages/esf/routes';
import { participantsRoutes } from './pages/participants/routes';
import { timelineRoutes } from './pages/timeline/routes';
import { SwedishDates } from './forms/DateField';
import { UnsavedChangesProvider } from './forms/unsaved-changes';
import { cssVariablesResolver, theme } from './theme';

// Every page is a chunk of its own, fetched when first opened (the sections' routes.tsx do the same).
const MunicipalityListPage = lazyPage(() => import('./pages/municipalities/MunicipalityListPage'), 'MunicipalityListPage');
const MunicipalityPage = lazyPage(() => import('./pages/municipalities/MunicipalityPage'), 'MunicipalityPage');
const AreasPage = lazyPage(() => import('./pages/areas/AreasPage'), 'AreasPage');
const MappingPage = lazyPage(() => import('./pages/mapping/MappingPage'), 'MappingPage');
const SwotDayPage = lazyPage(() => import('./pages/swot/SwotDayPage'), 'SwotDayPage');
const ToursPage = lazyPage(() => import('./pages/tours/ToursPage'), 'ToursPage');
const TourBuilderPage = lazyPage(() => import('./pages/tours/TourBuilderPage'), 'TourBuilderPage');
const TourPage = lazyPage(() => import('./pages/tours/TourPage'), 'TourPage');
const VisitsPage = lazyPage(() => import('./pages/visits/VisitsPage'), 'VisitsPage');

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<Navigate to="/oversikt" replace />} />
        <Route path="kommuner" element={<MunicipalityListPage />} />
        <Route path="kommuner/:code" element={<MunicipalityPage />} />
        <Route path="swot/:id" element={<SwotDayPage />} />
        <Route path="kompetensomraden" element={<AreasPage />} />
        <Route path="kartlaggning" element={<MappingPage />} />
        <Route path="resor" element={<ToursPage />} />
        <Route path="resor/ny" element={<TourBuilderPage />} />
        <Route path="resor/:id" element={<TourPage />} />
        <Route path="besok" element={<VisitsPage />} />
        {activitiesRoutes}
        {participantsRoutes}
        {timelineRoutes}
        {esfRoutes}
        {backupsRoutes}
        {syncRoutes}
        <Route path="*" element={<Navigate to="/oversikt" replace />} />
      </Route>
    </Routes>
  );
}

export function AppProviders({ transport, children }: { transport: CallApi; children: React.ReactNode }) {
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, staleTime: 5_000 } } }),
  );
  const [api] = useState(() => createApiClient(transport));
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
        <Notifications position="bottom-right" />
        <SwedishDates>
          <QueryClientProvider client={queryClient}>
            <ApiContext.Provider value={api}>{children}</ApiContext.Provider>
          </QueryClientProvider>
        </SwedishDates>
      </MantineProvider>
    </I18nextProvider>
  );
}

/**
 * One catch-all route of a data router around the app's own routes: the
 * unsaved-changes guard needs a data router (`useBlocker`), the pages keep
 * their declarative `<Routes>`.
 */
export const appRouteObjects: RouteObject[] = [
  {
    path: '*',
    element: (
      <UnsavedChangesProvider>
        <AppRoutes />
      </UnsavedChangesProvider>
    ),
  },
];

export function App({ transport }: { transport: CallApi }) {
  const [router] = useState(() => createHashRouter(appRouteObjects));
  return (
    <AppProviders transport={transport}>
      <RouterProvider router={router} />
    </AppProviders>
  );
}
