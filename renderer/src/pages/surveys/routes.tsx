import { Route } from 'react-router';
import { lazyPage } from '../../components/lazy-page';

const SurveysPage = lazyPage(() => import('./SurveysPage'), 'SurveysPage');
const QuestionnairePage = lazyPage(() => import('./QuestionnairePage'), 'QuestionnairePage');
const RoundPage = lazyPage(() => import('./RoundPage'), 'RoundPage');

/* The surveys' routes and navigation entry; App and AppLayout gather every section's. */
export const surveysRoutes = (
  <>
    <Route path="enkater" element={<SurveysPage />} />
    <Route path="enkater/omgang/:id" element={<RoundPage />} />
    <Route path="enkater/:id" element={<QuestionnairePage />} />
  </>
);

export const surveysNav: { to: string; labelKey: string }[] = [{ to: '/enkater', labelKey: 'surveys.title' }];
