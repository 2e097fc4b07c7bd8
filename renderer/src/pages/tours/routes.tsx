import { Route } from 'react-router';
import { lazyPage } from '../../components/lazy-page';

const ToursPage = lazyPage(() => import('./ToursPage'), 'ToursPage');
const TourBuilderPage = lazyPage(() => import('./TourBuilderPage'), 'TourBuilderPage');
const TourPage = lazyPage(() => import('./TourPage'), 'TourPage');

/* The tours section's routes and navigation entry; App and AppLayout gather every section's. */
export const toursRoutes = (
  <>
    <Route path="resor" element={<ToursPage />} />
    <Route path="resor/ny" element={<TourBuilderPage />} />
    <Route path="resor/:id" element={<TourPage />} />
  </>
);

export const toursNav: { to: string; labelKey: string }[] = [{ to: '/resor', labelKey: 'nav.tours' }];
