import { Route } from 'react-router';
import { lazyPage } from '../../components/lazy-page';

const ActivitiesPage = lazyPage(() => import('./ActivitiesPage'), 'ActivitiesPage');
const ActivityPage = lazyPage(() => import('./ActivityPage'), 'ActivityPage');
const NewActivityPage = lazyPage(() => import('./NewActivityPage'), 'NewActivityPage');

/* The activities section's routes and navigation entries; App and AppLayout gather every section's. */
export const activitiesRoutes = (
  <>
    <Route path="aktiviteter" element={<ActivitiesPage />} />
    <Route path="aktiviteter/ny" element={<NewActivityPage />} />
    <Route path="aktiviteter/:id" element={<ActivityPage />} />
  </>
);

export const activitiesNav: { to: string; labelKey: string }[] = [{ to: '/aktiviteter', labelKey: 'nav.activities' }];
