import './analytics.css';

/** A horizontal bar chart in plain markup: each bar labelled with its value, readable without colour. */
export function Bars({ rows, format = (v) => String(v), label }: { rows: { key: string; label: string; value: number }[]; format?: (v: number) => string; label: string }) {
  const max = Math.max(1, ...rows.map((r) => r.value));
  return (
    <ul className="bars" aria-label={label}>
      {rows.map((r) => (
        <li key={r.key} className="bars__row">
          <span className="bars__label">{r.label}</span>
          <span className="bars__track" aria-hidden="true">
            <span className="bars__fill" style={{ width: `${(r.value / max) * 100}%` }} />
          </span>
          <span className="bars__value">{format(r.value)}</span>
        </li>
      ))}
    </ul>
  );
}

/** The API's shares are percentages with one decimal already (20.5 means 20.5 %). */
export const percent = (share: number | null) => (share === null ? '—' : `${share.toFixed(1)}%`);
