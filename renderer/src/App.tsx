import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createHashRouter, Navigate, Route, RouterProvider, Routes, type RouteObject } from 'react-router';
import type { CallApi } from '../../shared/contract';
import { ApiContext, createApiClient } from './api/client';
import { i18n } from './i18n';
import { AppLayout } from './layout/AppLayout';
import { activitiesRoutes } from './pages/activities/routes';
import { areasRoutes } from './pages/areas/routes';
import { backupsRoutes } from './pages/backups/routes';
import { changeTheoryRoutes } from './pages/change-theory/routes';
import { esfRoutes } from './pages/esf/routes';
import { mappingRoutes } from './pages/mapping/routes';
import { municipalitiesRoutes } from './pages/municipalities/routes';
import { participantsRoutes } from './pages/participants/routes';
import { signaturesRoutes } from './pages/signatures/routes';
import { staffRoutes } from './pages/staff/routes';
import { surveysRoutes } from './pages/surveys/routes';
import { swotRoutes } from './pages/swot/routes';
import { syncRoutes } from './pages/sync/routes';
import { timelineRoutes } from './pages/timeline/routes';
import { toursRoutes } from './pages/tours/routes';
import { visitsRoutes } from './pages/visits/routes';
import { SwedishDates } from './forms/DateField';
import { UnsavedChangesProvider } from './forms/unsaved-changes';
import { cssVariablesResolver, theme } from './theme';

/** Every section registers its pages in its own `pages/<section>/routes.tsx`; each page is a chunk of its own, fetched when first opened. */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<Navigate to="/oversikt" replace />} />
        {esfRoutes}
        {staffRoutes}
        {signaturesRoutes}
        {changeTheoryRoutes}
        {municipalitiesRoutes}
        {visitsRoutes}
        {toursRoutes}
        {swotRoutes}
        {areasRoutes}
        {mappingRoutes}
        {timelineRoutes}
        {activitiesRoutes}
        {surveysRoutes}
        {participantsRoutes}
        {syncRoutes}
        {backupsRoutes}
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
