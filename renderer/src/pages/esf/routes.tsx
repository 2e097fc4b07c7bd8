import { Route } from 'react-router';
import { BudgetPage } from './BudgetPage';
import { OverviewPage } from './OverviewPage';
import { ReportsPage } from './ReportsPage';
import { SettingsPage } from './SettingsPage';

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
  { to: '/installningar', labelKey: 'nav.esfSettings' },
];
