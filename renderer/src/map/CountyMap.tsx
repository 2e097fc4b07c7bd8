import { useId, useMemo } from 'react';
import { buildMap, type GeoPoint } from './projection';

export type VisitStatus = 'besokt' | 'planerad' | 'ej_planerad';

export interface RouteStop extends GeoPoint {
  label: string;
  /**
   * A base (where a tour starts or ends) is drawn as an unnumbered square so a
   * round trip's start and end do not stack two numbers on one spot; without a
   * kind a point is a numbered stop, as before.
   */
  kind?: 'base' | 'stop';
}

export interface CountyMapProps {
  width: number;
  height: number;
  countyCodes?: string[];
  statusByCode: Record<string, VisitStatus | undefined>;
  route?: RouteStop[];
  title: string;
}

interface StatusStyle {
  label: string;
  fill: string;
  stroke: string;
  strokeWidth: number;
  dash?: string;
  hatched: boolean;
}

// Okabe–Ito colours stay distinguishable under the common colour-vision deficiencies; the hatch
// and dashed outline make the status readable even without colour (WCAG 1.4.1).
export const STATUS_STYLES: Record<VisitStatus, StatusStyle> = {
  besokt: { label: 'Besökt', fill: '#0072B2', stroke: '#003a5c', strokeWidth: 1, hatched: false },
  planerad: { label: 'Planerad', fill: '#E69F00', stroke: '#7a5400', strokeWidth: 1, hatched: true },
  ej_planerad: { label: 'Ej planerad', fill: '#EEEEEE', stroke: '#666666', strokeWidth: 0.8, dash: '3 2', hatched: false },
};

const STATUS_ORDER: VisitStatus[] = ['besokt', 'planerad', 'ej_planerad'];
// A narrow map wraps the legend between items, never inside one ("Ej | planerad").
const LEGEND_ITEM = { display: 'flex', alignItems: 'center', gap: '0.35rem', whiteSpace: 'nowrap' } as const;
const STOP_RADIUS = 9;
// Wider than a stop circle with its stroke (20), so a base that is also a stop still shows as a frame around the number.
const BASE_SIDE = 24;

function Hatch({ id }: { id: string }) {
  return (
    <pattern id={id} width={6} height={6} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <line x1={0} y1={0} x2={0} y2={6} stroke="#3d2c00" strokeWidth={1.5} strokeOpacity={0.55} />
    </pattern>
  );
}

function LegendSwatch({ status, hatchId }: { status: VisitStatus; hatchId: string }) {
  const s = STATUS_STYLES[status];
  return (
    <svg width={18} height={14} aria-hidden="true" focusable="false" style={{ verticalAlign: 'middle' }}>
      <defs>
        <Hatch id={hatchId} />
      </defs>
      <rect x={1} y={1} width={16} height={12} fill={s.fill} stroke={s.stroke} strokeWidth={1} strokeDasharray={s.dash} />
      {s.hatched && <rect x={1} y={1} width={16} height={12} fill={`url(#${hatchId})`} />}
    </svg>
  );
}

export function CountyMap({ width, height, countyCodes, statusByCode, route, title }: CountyMapProps) {
  // useId output contains characters that are awkward inside url(#…) references.
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const titleId = `${uid}-title`;
  const hatchId = `${uid}-hatch`;
  const countyKey = countyCodes?.join(',') ?? '';
  // Keyed on the joined codes so a fresh-but-equal array from the parent doesn't refit the projection.
  const map = useMemo(
    () => buildMap({ width, height, countyCodes: countyKey ? countyKey.split(',') : undefined }),
    [width, height, countyKey],
  );

  let stopNumber = 0;
  const points = (route ?? []).flatMap((stop, index) => {
    const xy = map.project(stop.lon, stop.lat);
    const isBase = stop.kind === 'base';
    // Numbers follow the visiting order, so only stops count; a base is the start before any stop, else the end.
    const number = isBase ? null : ++stopNumber;
    if (!xy) return [];
    const role: 'start' | 'end' = index === 0 ? 'start' : 'end';
    return [{ stop, xy, number, role, index }];
  });
  const bases = points.filter((p) => p.number === null);
  const stops = points.filter((p) => p.number !== null);
  const routeD = route && route.length > 1 ? map.routePath(route) : '';

  return (
    <figure style={{ margin: 0 }}>
      <svg
        role="img"
        aria-labelledby={titleId}
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        style={{ maxWidth: '100%', height: 'auto' }}
      >
        <title id={titleId}>{title}</title>
        <defs>
          <Hatch id={hatchId} />
        </defs>
        <g>
          {map.municipalities.map((m) => {
            const status = statusByCode[m.code] ?? 'ej_planerad';
            const s = STATUS_STYLES[status];
            return (
              <path
                key={m.code}
                d={m.path}
                data-code={m.code}
                data-status={status}
                fill={s.fill}
                stroke={s.stroke}
                strokeWidth={s.strokeWidth}
                strokeDasharray={s.dash}
                strokeLinejoin="round"
              >
                <title>{`${m.name} – ${s.label}`}</title>
              </path>
            );
          })}
        </g>
        <g aria-hidden="true" pointerEvents="none">
          {map.municipalities
            .filter((m) => STATUS_STYLES[statusByCode[m.code] ?? 'ej_planerad'].hatched)
            .map((m) => (
              <path key={m.code} d={m.path} fill={`url(#${hatchId})`} stroke="none" />
            ))}
        </g>
        {routeD && (
          <path
            d={routeD}
            data-testid="route-line"
            fill="none"
            stroke="#222222"
            strokeWidth={2.5}
            strokeLinejoin="round"
            strokeLinecap="round"
          />
        )}
        {bases.map(({ stop, xy: [x, y], role, index }) => (
          <g key={`base-${index}`} data-base={role}>
            <title>{`${role === 'start' ? 'Start' : 'Mål'}: ${stop.label}`}</title>
            <rect
              x={x - BASE_SIDE / 2}
              y={y - BASE_SIDE / 2}
              width={BASE_SIDE}
              height={BASE_SIDE}
              fill="#222222"
              stroke="#ffffff"
              strokeWidth={2}
            />
          </g>
        ))}
        {stops.map(({ stop, xy: [x, y], number, index }) => (
          <g key={`${index}-${stop.label}`} data-stop={number}>
            <title>{`Stopp ${number}: ${stop.label}`}</title>
            <circle cx={x} cy={y} r={STOP_RADIUS} fill="#ffffff" stroke="#222222" strokeWidth={2} />
            <text x={x} y={y} textAnchor="middle" dominantBaseline="central" fontSize={11} fontWeight={700} fill="#222222">
              {number}
            </text>
          </g>
        ))}
      </svg>
      <figcaption>
        <ul
          aria-label="Teckenförklaring"
          style={{ listStyle: 'none', display: 'flex', flexWrap: 'wrap', gap: '0.25rem 1rem', padding: 0, margin: '0.5rem 0 0' }}
        >
          {STATUS_ORDER.map((status) => (
            <li key={status} style={LEGEND_ITEM}>
              <LegendSwatch status={status} hatchId={`${uid}-legend-${status}`} />
              <span>{STATUS_STYLES[status].label}</span>
            </li>
          ))}
          {bases.length > 0 && (
            <li style={LEGEND_ITEM}>
              <svg width={14} height={14} aria-hidden="true" focusable="false" style={{ verticalAlign: 'middle' }}>
                <rect x={1} y={1} width={12} height={12} fill="#222222" />
              </svg>
              <span>Start och mål</span>
            </li>
          )}
        </ul>
      </figcaption>
    </figure>
  );
}
