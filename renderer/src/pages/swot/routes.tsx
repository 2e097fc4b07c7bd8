import { Route } from 'react-router';
import { lazyPage } from '../../components/lazy-page';

const SwotDayPage = lazyPage(() => import('./SwotDayPage'), 'SwotDayPage');

/* The SWOT day's route. No navigation entry: a day is opened from its municipality or its visit. */
export const swotRoutes = <Route path="swot/:id" element={<SwotDayPage />} />;
