import { Route } from 'react-router';
import { lazyPage } from '../../components/lazy-page';

const SyncPage = lazyPage(() => import('./SyncPage'), 'SyncPage');

/* The sync section's route and navigation entry; App and AppLayout gather every section's. */
export const syncRoutes = (
  <>
    <Route path="synkronisering" element={<SyncPage />} />
  </>
);

export const syncNav: { to: string; labelKey: string }[] = [{ to: '/synkronisering', labelKey: 'nav.sync' }];
