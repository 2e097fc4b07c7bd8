import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { NoteKind, SwotMapping } from '../../../../shared/domain/mapping';
import type { CountyCode } from '../../../../shared/domain/municipalities';
import { formatInteger } from '../../../../shared/format';
import { ChartLegend } from './ChartLegend';
import { ChartSection } from './ChartSection';
import { CountTable } from './CountTable';
import type { NotesSelection } from './MappingNotesModal';
import { countyColors } from './palette';

interface Props {
  mapping: SwotMapping;
  counties: { code: CountyCode; name: string }[];
  onSelect: (selection: NotesSelection) => void;
  /** Needs (Svagheter, Möjligheter, Hot) or strengths (Styrkor): the same chart, never mixed. */
  kind?: NoteKind;
}

/** Chart 1: how many need (or strength) notes point to each competence area, stacked per county. */
export function NeedsChart({ mapping, counties, onSelect, kind = 'behov' }: Props) {
  const { t } = useTranslation();
  const source = kind === 'behov' ? mapping.needsByCounty : mapping.strengthsByCounty;
  const key = kind === 'behov' ? 'needs' : 'strengths';
  const count = (areaId: string, code: CountyCode) => source.find((n) => n.areaId === areaId && n.countyCode === code)?.noteCount ?? 0;
  const rows = mapping.areas.map((a) => {
    const byCounty = Object.fromEntries(counties.map((c) => [c.code, count(a.id, c.code)]));
    return { areaId: a.id, name: a.name, ...byCounty, total: counties.reduce((sum, c) => sum + count(a.id, c.code), 0) };
  });
  const select = (areaId: string, areaName: string, county: { code: CountyCode; name: string }) =>
    onSelect({ what: t('mapping.areaInCounty', { area: areaName, county: county.name }), filter: { areaId, countyCode: county.code, kind } });

  const max = Math.max(0, ...rows.map((r) => r.total));
  const top = rows.filter((r) => r.total === max && max > 0).map((r) => `${r.name} (${formatInteger(r.total)})`);
  const summary = top.length > 0 ? t(`mapping.${key}Top`, { areas: top.join(', ') }) : t(`mapping.${key}Empty`);

  return (
    <ChartSection
      testId={`${key}-chart`}
      title={t(`mapping.${key}Title`)}
      alt={t(`mapping.${key}Alt`, { summary })}
      chart={
        // A fixed size: ResponsiveContainer measures 0 in tests and before layout; the box scrolls instead.
        <BarChart layout="vertical" width={760} height={70 + rows.length * 34} data={rows} accessibilityLayer={false} margin={{ left: 8, right: 24 }}>
          <CartesianGrid horizontal={false} stroke="#dee2e6" />
          <XAxis type="number" allowDecimals={false} tick={{ fill: '#212529' }} />
          <YAxis type="category" dataKey="name" width={210} tick={{ fill: '#212529', fontSize: 13 }} interval={0} />
          <Tooltip itemStyle={{ color: '#212529' }} />
          <ChartLegend />
          {counties.map((c) => (
            <Bar
              key={c.code}
              dataKey={c.code}
              name={c.name}
              stackId="county"
              fill={countyColors[c.code]}
              // White seams keep neighbouring segments apart where hues are close.
              stroke="#ffffff"
              strokeWidth={1}
              cursor="pointer"
              isAnimationActive={false}
              onClick={(_item, index) => {
                const row = rows[index];
                if (row) select(row.areaId, row.name, c);
              }}
            />
          ))}
        </BarChart>
      }
      table={
        <CountTable
          label={t(`mapping.${key}Title`)}
          testId={`${key}-table`}
          rowHeader={t('mapping.area')}
          rows={rows.map((r) => ({ ...r, key: r.areaId }))}
          columns={counties.map((c) => ({ county: c, key: c.code, name: c.name }))}
          count={(r, c) => count(r.areaId, c.county.code)}
          what={(r, c) => t('mapping.areaInCounty', { area: r.name, county: c.name })}
          onOpen={(r, c) => select(r.areaId, r.name, c.county)}
        />
      }
    />
  );
}
