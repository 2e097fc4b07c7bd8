import { Route } from 'react-router';
import { ParticipantPage } from './ParticipantPage';
import { ParticipantsPage } from './ParticipantsPage';

/* The participants section's routes and navigation entries; App and AppLayout gather every section's. */
export const participantsRoutes = (
  <>
    <Route path="deltagare" element={<ParticipantsPage />} />
    <Route path="deltagare/:id" element={<ParticipantPage />} />
  </>
);

export const participantsNav: { to: string; labelKey: string }[] = [{ to: '/deltagare', labelKey: 'nav.participants' }];
