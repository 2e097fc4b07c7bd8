import { Route } from 'react-router';
import { lazyPage } from '../../components/lazy-page';

const ParticipantPage = lazyPage(() => import('./ParticipantPage'), 'ParticipantPage');
const ParticipantsPage = lazyPage(() => import('./ParticipantsPage'), 'ParticipantsPage');

/* The participants section's routes and navigation entries; App and AppLayout gather every section's. */
export const participantsRoutes = (
  <>
    <Route path="deltagare" element={<ParticipantsPage />} />
    <Route path="deltagare/:id" element={<ParticipantPage />} />
  </>
);

export const participantsNav: { to: string; labelKey: string }[] = [{ to: '/deltagare', labelKey: 'nav.participants' }];
