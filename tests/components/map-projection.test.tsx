import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CountyMap, STATUS_STYLES, type VisitStatus } from '../../renderer/src/map/CountyMap';
import { buildMap } from '../../renderer/src/map/projection';

const WIDTH = 400;
const HEIGHT = 500;
const KARLSTAD = { lat: 59.3793, lon: 13.5036 };
const UPPSALA = { lat: 59.8588, lon: 17.6389 };

describe('buildMap', () => {
  it('draws all 49 municipalities with non-empty paths and centroids inside the extent', () => {
    const map = buildMap({ width: WIDTH, height: HEIGHT });
    expect(map.municipalities).toHaveLength(49);
    for (const m of map.municipalities) {
      expect(m.path).toMatch(/^M[\d.-]/);
      const [cx, cy] = m.centroid;
      expect(cx).toBeGreaterThanOrEqual(0);
      expect(cx).toBeLessThanOrEqual(WIDTH);
      expect(cy).toBeGreaterThanOrEqual(0);
      expect(cy).toBeLessThanOrEqual(HEIGHT);
    }
  });

  it('filters to Värmland (17) only', () => {
    const map = buildMap({ width: WIDTH, height: HEIGHT, countyCodes: ['17'] });
    expect(map.municipalities).toHaveLength(16);
    expect(map.municipalities.every((m) => m.countyCode === '17')).toBe(true);
  });

  it('projects Karlstad inside the extent and west of Uppsala', () => {
    const map = buildMap({ width: WIDTH, height: HEIGHT });
    const k = map.project(KARLSTAD.lon, KARLSTAD.lat);
    const u = map.project(UPPSALA.lon, UPPSALA.lat);
    expect(k).not.toBeNull();
    expect(u).not.toBeNull();
    const [kx, ky] = k ?? [NaN, NaN];
    const [ux] = u ?? [NaN, NaN];
    expect(kx).toBeGreaterThan(0);
    expect(kx).toBeLessThan(WIDTH);
    expect(ky).toBeGreaterThan(0);
    expect(ky).toBeLessThan(HEIGHT);
    expect(kx).toBeLessThan(ux);
  });

  it('fits a single county to the extent, so a municipality of it is not a speck', () => {
    const map = buildMap({ width: WIDTH, height: HEIGHT, countyCodes: ['17'] });
    const karlstad = map.project(KARLSTAD.lon, KARLSTAD.lat);
    expect(karlstad).not.toBeNull();
    const xs = map.municipalities.map((m) => m.centroid[0]);
    // The county should span most of the width once fitted on its own.
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(WIDTH / 3);
  });

  it('routePath joins three points with two straight segments', () => {
    const map = buildMap({ width: WIDTH, height: HEIGHT });
    const d = map.routePath([KARLSTAD, { lat: 60.6065, lon: 15.6355 }, UPPSALA]);
    expect(d).toMatch(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+L[\d.]+,[\d.]+$/);
    expect(d.match(/L/g)).toHaveLength(2);
  });
});

describe('CountyMap', () => {
  const statusByCode: Record<string, VisitStatus> = { '1780': 'besokt', '1784': 'planerad' };
  const route = [
    { ...KARLSTAD, label: 'Karlstad' },
    { lat: 59.6546, lon: 12.5911, label: 'Arvika' },
    { lat: 60.1281, lon: 13.0138, label: 'Torsby' },
  ];

  it('renders Värmland with status fills, a legend and numbered route stops', () => {
    const { container } = render(
      <CountyMap width={WIDTH} height={HEIGHT} countyCodes={['17']} statusByCode={statusByCode} route={route} title="Besök i Värmland" />,
    );
    const svg = screen.getByRole('img', { name: 'Besök i Värmland' });
    const paths = svg.querySelectorAll('path[data-code]');
    expect(paths).toHaveLength(16);

    const fillOf = (code: string) => svg.querySelector(`path[data-code="${code}"]`)?.getAttribute('fill');
    expect(fillOf('1780')).toBe(STATUS_STYLES.besokt.fill);
    expect(fillOf('1784')).toBe(STATUS_STYLES.planerad.fill);
    expect(fillOf('1715')).toBe(STATUS_STYLES.ej_planerad.fill);
    expect(new Set([fillOf('1780'), fillOf('1784'), fillOf('1715')]).size).toBe(3);
    expect(svg.querySelector('path[data-code="1780"] > title')?.textContent).toBe('Karlstad – Besökt');

    const stopNumbers = [...svg.querySelectorAll('[data-stop] text')].map((t) => t.textContent);
    expect(stopNumbers).toEqual(['1', '2', '3']);
    expect(svg.querySelector('[data-testid="route-line"]')?.getAttribute('d')).toMatch(/^M[^L]+L[^L]+L[^L]+$/);

    const legend = screen.getByRole('list', { name: 'Teckenförklaring' });
    expect(legend.textContent).toContain('Besökt');
    expect(legend.textContent).toContain('Planerad');
    expect(legend.textContent).toContain('Ej planerad');
    expect(container.querySelector('pattern')).not.toBeNull();
  });

  it('draws the bases of a round trip as unnumbered squares and numbers only the stops', () => {
    const base = { ...KARLSTAD, label: 'Karlstad', kind: 'base' as const };
    const tour = [base, { ...route[1]!, kind: 'stop' as const }, { ...route[2]!, kind: 'stop' as const }, base];
    render(<CountyMap width={WIDTH} height={HEIGHT} countyCodes={['17']} statusByCode={{}} route={tour} title="Resa i Värmland" />);
    const svg = screen.getByRole('img', { name: 'Resa i Värmland' });

    expect([...svg.querySelectorAll('[data-stop] text')].map((t) => t.textContent)).toEqual(['1', '2']);
    expect([...svg.querySelectorAll('[data-stop] > title')].map((t) => t.textContent)).toEqual(['Stopp 1: Arvika', 'Stopp 2: Torsby']);
    const bases = [...svg.querySelectorAll('[data-base]')];
    expect(bases.map((b) => b.querySelector('title')?.textContent)).toEqual(['Start: Karlstad', 'Mål: Karlstad']);
    expect(bases.every((b) => b.querySelector('rect') !== null && b.querySelector('text') === null)).toBe(true);
    // Start and end lie on one spot, and the line still runs through all four points.
    expect(bases[0]!.querySelector('rect')?.getAttribute('x')).toBe(bases[1]!.querySelector('rect')?.getAttribute('x'));
    expect(svg.querySelector('[data-testid="route-line"]')?.getAttribute('d')?.match(/L/g)).toHaveLength(3);
    expect(screen.getByRole('list', { name: 'Teckenförklaring' }).textContent).toContain('Start och mål');
  });

  it('draws no route line or stops without a route', () => {
    render(<CountyMap width={WIDTH} height={HEIGHT} countyCodes={['03']} statusByCode={{}} title="Uppsala län" />);
    const svg = screen.getByRole('img', { name: 'Uppsala län' });
    expect(svg.querySelectorAll('path[data-code]')).toHaveLength(8);
    expect(svg.querySelector('[data-testid="route-line"]')).toBeNull();
    expect(svg.querySelectorAll('[data-stop]')).toHaveLength(0);
  });
});
