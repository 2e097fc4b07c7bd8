import { Route } from 'react-router';
import { lazyPage } from '../../components/lazy-page';

const MappingPage = lazyPage(() => import('./MappingPage'), 'MappingPage');

/* The mapping's route and navigation entry; App and AppLayout gather every section's. */
export const mappingRoutes = <Route path="kartlaggning" element={<MappingPage />} />;

export const mappingNav: { to: string; labelKey: string }[] = [{ to: '/kartlaggning', labelKey: 'nav.mapping' }];
