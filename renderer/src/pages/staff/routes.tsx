import { Route } from 'react-router';
import { lazyPage } from '../../components/lazy-page';

const StaffPage = lazyPage(() => import('./StaffPage'), 'StaffPage');

/* This feature's route; its navigation entry stands among the ESF section's (esf/routes.tsx), where it belongs in the menu. */
export const staffRoutes = <Route path="personal" element={<StaffPage />} />;
