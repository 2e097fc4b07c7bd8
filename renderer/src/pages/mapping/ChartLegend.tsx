import { Legend } from 'recharts';

/* Recharts sorts legend entries by name and colours their text like the
 * series; the first breaks the county/quadrant order and the second falls
 * below 4.5:1 for the lighter hues, so keep the order and print dark text. */
export function ChartLegend() {
  return <Legend itemSorter={null} formatter={(value: string) => <span style={{ color: '#212529' }}>{value}</span>} />;
}
