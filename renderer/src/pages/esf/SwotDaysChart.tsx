import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { Overview } from '../../../../shared/domain/esf';
import { ChartLegend } from '../mapping/ChartLegend';
import { ChartSection } from '../mapping/ChartSection';

/* Both fills reach 3:1 against white (WCAG 1.4.11); the legend and table carry the meaning too. */
const heldFill = '#2B8A3E';
const totalFill = '#868E96';

/** SWOT days held per county next to the number of municipalities there. */
export function SwotDaysChart({ rows }: { rows: Overview['swotDaysByCounty'] }) {
  const { t } = useTranslation();
  const data = rows.map((r) => ({ ...r, label: r.name.replace(/s? län$/, '') }));
  const held = rows.reduce((s, r) => s + r.held, 0);
  const total = rows.reduce((s, r) => s + r.municipalities, 0);
  return (
    <ChartSection
      testId="swot-days-chart"
      title={t('esf.overview.swotTitle')}
      intro={t('esf.overview.swotIntro')}
      alt={t('esf.overview.swotAlt', { summary: t('esf.overview.swotSummary', { held, total }) })}
      chart={
        <BarChart width={760} height={80 + data.length * 56} data={data} layout="vertical" accessibilityLayer={false} margin={{ left: 24, right: 24 }}>
          <CartesianGrid horizontal={false} stroke="#dee2e6" />
          <XAxis type="number" allowDecimals={false} tick={{ fill: '#212529' }} />
          <YAxis type="category" dataKey="label" width={110} tick={{ fill: '#212529', fontSize: 13 }} />
          <Tooltip itemStyle={{ color: '#212529' }} />
          <ChartLegend />
          <Bar dataKey="held" name={t('esf.overview.held')} fill={heldFill} isAnimationActive={false} />
          <Bar dataKey="municipalities" name={t('esf.overview.municipalities')} fill={totalFill} isAnimationActive={false} />
        </BarChart>
      }
      table={
        <Table data-testid="swot-days-table">
          <Table.Caption>{t('esf.overview.swotTitle')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('esf.overview.county')}</Table.Th>
              <Table.Th scope="col">{t('esf.overview.held')}</Table.Th>
              <Table.Th scope="col">{t('esf.overview.municipalities')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.code}>
                <Table.Th scope="row">{r.name}</Table.Th>
                <Table.Td>{r.held}</Table.Td>
                <Table.Td>{r.municipalities}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      }
    />
  );
}
