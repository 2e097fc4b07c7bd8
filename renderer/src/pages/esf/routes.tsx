import { Route } from 'react-router';
import { lazyPage } from '../../components/lazy-page';

const BudgetPage = lazyPage(() => import('./BudgetPage'), 'BudgetPage');
const OverviewPage = lazyPage(() => import('./OverviewPage'), 'OverviewPage');
const ReportsPage = lazyPage(() => import('./ReportsPage'), 'ReportsPage');
const SettingsPage = lazyPage(() => import('./SettingsPage'), 'SettingsPage');

/* The ESF section's routes and navigation entries; App and AppLayout gather every section's. */
export const esfRoutes = (
  <>
    <Route path="oversikt" element={<OverviewPage />} />
    <Route path="rapporter" element={<ReportsPage />} />
    <Route path="budget" element={<BudgetPage />} />
    <Route path="installningar" element={<SettingsPage />} />
  </>
);

export const esfNav: { to: string; labelKey: string }[] = [
  { to: '/oversikt', labelKey: 'nav.overview' },
  { to: '/rapporter', labelKey: 'nav.reports' },
  { to: '/budget', labelKey: 'nav.budget' },
  { to: '/personal', labelKey: 'esfPlus.nav.staff' },
  { to: '/signering', labelKey: 'signatures.nav' },
  { to: '/forandringsteori', labelKey: 'changeTheory.title' },
  { to: '/installningar', labelKey: 'nav.esfSettings' },
];
