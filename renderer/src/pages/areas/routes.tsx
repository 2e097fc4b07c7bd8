import { Route } from 'react-router';
import { lazyPage } from '../../components/lazy-page';

const AreasPage = lazyPage(() => import('./AreasPage'), 'AreasPage');

/* The competence areas' route and navigation entry; App and AppLayout gather every section's. */
export const areasRoutes = <Route path="kompetensomraden" element={<AreasPage />} />;

export const areasNav: { to: string; labelKey: string }[] = [{ to: '/kompetensomraden', labelKey: 'nav.areas' }];
