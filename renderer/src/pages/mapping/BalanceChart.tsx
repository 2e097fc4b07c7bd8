import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { SwotMapping } from '../../../../shared/domain/mapping';
import { perspectives, quadrants, type Perspective, type Quadrant } from '../../../../shared/domain/swot';
import { ChartLegend } from './ChartLegend';
import { ChartSection } from './ChartSection';
import { CountTable } from './CountTable';
import type { NotesSelection } from './MappingNotesModal';
import { quadrantColors } from './palette';

/** Chart 2: Styrkor, Svagheter, Möjligheter and Hot side by side for each perspective. */
export function BalanceChart({ mapping, onSelect }: { mapping: SwotMapping; onSelect: (selection: NotesSelection) => void }) {
  const { t } = useTranslation();
  const count = (p: Perspective, q: Quadrant) => mapping.quadrantBalance.find((b) => b.perspective === p && b.quadrant === q)?.noteCount ?? 0;
  const rows = perspectives.map((p) => ({
    perspective: p,
    name: t(`swot.perspectives.${p}`),
    ...Object.fromEntries(quadrants.map((q) => [q, count(p, q)])),
    total: quadrants.reduce((sum, q) => sum + count(p, q), 0),
  }));
  const what = (p: Perspective, q: Quadrant) => t('mapping.quadrantInPerspective', { quadrant: t(`swot.quadrants.${q}`), perspective: t(`swot.perspectives.${p}`) });
  const select = (p: Perspective, q: Quadrant) => onSelect({ what: what(p, q), filter: { perspective: p, quadrant: q } });
  const total = rows.reduce((sum, r) => sum + r.total, 0);

  return (
    <ChartSection
      testId="balance-chart"
      title={t('mapping.balanceTitle')}
      alt={t('mapping.balanceAlt', { summary: t('mapping.balanceSummary', { count: total }) })}
      chart={
        <BarChart width={760} height={320} data={rows} accessibilityLayer={false} margin={{ top: 8, right: 24 }}>
          <CartesianGrid vertical={false} stroke="#dee2e6" />
          <XAxis dataKey="name" tick={{ fill: '#212529', fontSize: 13 }} interval={0} />
          <YAxis allowDecimals={false} tick={{ fill: '#212529' }} />
          <Tooltip itemStyle={{ color: '#212529' }} />
          <ChartLegend />
          {quadrants.map((q) => (
            <Bar
              key={q}
              dataKey={q}
              name={t(`swot.quadrants.${q}`)}
              fill={quadrantColors[q]}
              cursor="pointer"
              isAnimationActive={false}
              onClick={(_item, index) => {
                const row = rows[index];
                if (row) select(row.perspective, q);
              }}
            />
          ))}
        </BarChart>
      }
      table={
        <CountTable
          label={t('mapping.balanceTitle')}
          testId="balance-table"
          rowHeader={t('mapping.perspective')}
          rows={rows.map((r) => ({ ...r, key: r.perspective }))}
          columns={quadrants.map((q) => ({ q, key: q, name: t(`swot.quadrants.${q}`) }))}
          count={(r, c) => count(r.perspective, c.q)}
          what={(r, c) => what(r.perspective, c.q)}
          onOpen={(r, c) => select(r.perspective, c.q)}
        />
      }
    />
  );
}
