import { useTranslation } from 'react-i18next';
import type { TourPlan } from '../../../../shared/domain/visits';
import { useApiQuery } from '../../api/hooks';
import { CountyMap, type RouteStop, type VisitStatus } from '../../map/CountyMap';

/** The route on the map of the counties it touches, municipalities coloured by visit state. */
export function TourRouteMap({ plan }: { plan: TourPlan }) {
  const { t } = useTranslation();
  const municipalities = useApiQuery('municipalities.list', {});
  const counties = useApiQuery('counties.list', {});
  const progress = useApiQuery('visits.progress', {});
  if (!municipalities.data || !counties.data) return null;

  const countyOf = new Map(municipalities.data.map((m) => [m.code, m.countyCode]));
  // A base in a neighbouring county would fall off a one-county map, so its county is drawn too.
  const codes = [plan.start.code, ...plan.stops.map((s) => s.code), plan.end.code];
  const countyCodes = [...new Set(codes.map((c) => countyOf.get(c)).filter((c): c is NonNullable<typeof c> => c !== undefined))].sort();
  const countyNames = counties.data.filter((c) => countyCodes.includes(c.code)).map((c) => c.name);

  const statusByCode: Record<string, VisitStatus> = {};
  for (const m of progress.data?.municipalities ?? []) statusByCode[m.code] = m.state;

  const route: RouteStop[] = [
    { lat: plan.start.lat, lon: plan.start.lon, label: plan.start.name, kind: 'base' },
    ...plan.stops.map((s): RouteStop => ({ lat: s.lat, lon: s.lon, label: s.name, kind: 'stop' })),
    { lat: plan.end.lat, lon: plan.end.lon, label: plan.end.name, kind: 'base' },
  ];
  return (
    <CountyMap
      width={400}
      height={560}
      countyCodes={countyCodes}
      statusByCode={statusByCode}
      route={route}
      title={t('tours.mapTitle', { county: countyNames.join(', ') })}
    />
  );
}
