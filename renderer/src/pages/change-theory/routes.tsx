import { Route } from 'react-router';
import { lazyPage } from '../../components/lazy-page';

const ChangeTheoryPage = lazyPage(() => import('./ChangeTheoryPage'), 'ChangeTheoryPage');

/* This feature's route; its navigation entry stands among the ESF section's (esf/routes.tsx), where it belongs in the menu. */
export const changeTheoryRoutes = <Route path="forandringsteori" element={<ChangeTheoryPage />} />;
