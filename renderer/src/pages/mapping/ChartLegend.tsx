import { Legend, type LegendPayload } from 'recharts';

/* Recharts sorts legend entries by name, colours their text like the series
 * (below 4.5:1 for the lighter hues) and names each icon "<series> legend
 * icon" in English. This legend keeps the series order, prints dark text and
 * leaves the colour swatch out of the accessibility tree: the series name
 * beside it says it all. */
function LegendList({ payload }: { payload?: readonly LegendPayload[] }) {
  return (
    <ul style={{ display: 'flex', flexWrap: 'wrap', justifyContent: 'center', gap: '4px 16px', listStyle: 'none', margin: 0, padding: 0 }}>
      {(payload ?? []).map((entry) => (
        <li key={String(entry.value)} style={{ display: 'flex', alignItems: 'center', gap: 6, color: '#212529', fontSize: 14 }}>
          <svg width={12} height={12} aria-hidden="true" focusable="false">
            <rect width={12} height={12} fill={entry.color ?? '#495057'} />
          </svg>
          {String(entry.value)}
        </li>
      ))}
    </ul>
  );
}

export function ChartLegend() {
  return <Legend itemSorter={null} content={(props) => <LegendList payload={props.payload} />} />;
}
