import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { SwotMapping } from '../../../../shared/domain/mapping';
import { perspectiveLabels, perspectives, quadrantLabels, quadrants, type Perspective, type Quadrant } from '../../../../shared/domain/swot';
import { formatInteger } from '../../../../shared/format';
import { ChartLegend } from './ChartLegend';
import { ChartSection } from './ChartSection';
import { CountButton } from './CountButton';
import type { NotesSelection } from './MappingNotesModal';
import { quadrantColors } from './palette';

/** Chart 2: Styrkor, Svagheter, Möjligheter and Hot side by side for each perspective. */
export function BalanceChart({ mapping, onSelect }: { mapping: SwotMapping; onSelect: (selection: NotesSelection) => void }) {
  const { t } = useTranslation();
  const count = (p: Perspective, q: Quadrant) => mapping.quadrantBalance.find((b) => b.perspective === p && b.quadrant === q)?.noteCount ?? 0;
  const rows = perspectives.map((p) => ({
    perspective: p,
    name: perspectiveLabels[p],
    ...Object.fromEntries(quadrants.map((q) => [q, count(p, q)])),
    total: quadrants.reduce((sum, q) => sum + count(p, q), 0),
  }));
  const what = (p: Perspective, q: Quadrant) => t('mapping.quadrantInPerspective', { quadrant: quadrantLabels[q], perspective: perspectiveLabels[p] });
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
              name={quadrantLabels[q]}
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
        <Table striped aria-label={t('mapping.balanceTitle')} data-testid="balance-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('mapping.perspective')}</Table.Th>
              {quadrants.map((q) => (
                <Table.Th key={q} scope="col" ta="right">
                  {quadrantLabels[q]}
                </Table.Th>
              ))}
              <Table.Th scope="col" ta="right">
                {t('mapping.total')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.perspective}>
                <Table.Th scope="row" fw={500}>
                  {r.name}
                </Table.Th>
                {quadrants.map((q) => (
                  <Table.Td key={q} ta="right">
                    <CountButton count={count(r.perspective, q)} what={what(r.perspective, q)} onOpen={() => select(r.perspective, q)} />
                  </Table.Td>
                ))}
                <Table.Td ta="right">{formatInteger(r.total)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      }
    />
  );
}
