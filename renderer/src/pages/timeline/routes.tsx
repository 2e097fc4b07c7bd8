import { Route } from 'react-router';
import { lazyPage } from '../../components/lazy-page';

const ProjectPlanPage = lazyPage(() => import('./ProjectPlanPage'), 'ProjectPlanPage');
const TimelinePage = lazyPage(() => import('./TimelinePage'), 'TimelinePage');

/* The timeline section's routes and navigation entries; App and AppLayout gather every section's. */
export const timelineRoutes = (
  <>
    <Route path="tidsplan" element={<TimelinePage />} />
    <Route path="projektplan" element={<ProjectPlanPage />} />
  </>
);

export const timelineNav: { to: string; labelKey: string }[] = [
  { to: '/tidsplan', labelKey: 'nav.timeline' },
  { to: '/projektplan', labelKey: 'nav.project' },
];
