import { Route } from 'react-router';
import { lazyPage } from '../../components/lazy-page';

const BackupsPage = lazyPage(() => import('./BackupsPage'), 'BackupsPage');

/* The backups section's route and navigation entry; App and AppLayout gather every section's. */
export const backupsRoutes = <Route path="sakerhetskopior" element={<BackupsPage />} />;

export const backupsNav: { to: string; labelKey: string }[] = [{ to: '/sakerhetskopior', labelKey: 'nav.backups' }];
