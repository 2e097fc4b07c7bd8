import { Route } from 'react-router';
import { lazyPage } from '../../components/lazy-page';

const MunicipalityListPage = lazyPage(() => import('./MunicipalityListPage'), 'MunicipalityListPage');
const MunicipalityPage = lazyPage(() => import('./MunicipalityPage'), 'MunicipalityPage');

/* The municipalities section's routes and navigation entry; App and AppLayout gather every section's. */
export const municipalitiesRoutes = (
  <>
    <Route path="kommuner" element={<MunicipalityListPage />} />
    <Route path="kommuner/:code" element={<MunicipalityPage />} />
  </>
);

export const municipalitiesNav: { to: string; labelKey: string }[] = [{ to: '/kommuner', labelKey: 'nav.municipalities' }];
