import { Route } from 'react-router';
import { lazyPage } from '../../components/lazy-page';

const VisitsPage = lazyPage(() => import('./VisitsPage'), 'VisitsPage');

/* The visits section's route and navigation entry; App and AppLayout gather every section's. */
export const visitsRoutes = <Route path="besok" element={<VisitsPage />} />;

export const visitsNav: { to: string; labelKey: string }[] = [{ to: '/besok', labelKey: 'nav.visits' }];
