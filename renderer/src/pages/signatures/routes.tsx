import { Route } from 'react-router';
import { lazyPage } from '../../components/lazy-page';

const SignaturesPage = lazyPage(() => import('./SignaturesPage'), 'SignaturesPage');

/* This feature's route; its navigation entry stands among the ESF section's (esf/routes.tsx), where it belongs in the menu. */
export const signaturesRoutes = <Route path="signering" element={<SignaturesPage />} />;
