"use client";
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { useLocale } from "next-intl";
import { legendText } from "./legend";
import { type CellKind, formatAxis, formatCell } from "./table-model";

/** Lines over categories (months): e.g. actual revenue against each method's forecast. */
export function LineChartView(props: {
  data: { key: string; label: string; values: Record<string, number> }[];
  series: { key: string; label: string; color: string; dashed?: boolean; width?: number }[];
  kind: CellKind;
  currency: string;
  summary: string;
  height?: number;
  testId?: string;
}) {
  const locale = useLocale();
  const rows = props.data.map((d) => ({ __label: d.label, ...d.values }));
  return (
    <div role="img" aria-label={props.summary} data-testid={props.testId}>
      <LineChart responsive style={{ width: "100%", height: props.height ?? 280 }} data={rows} margin={{ top: 8, right: 16, bottom: 4, left: 4 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" vertical={false} />
        <XAxis dataKey="__label" tick={{ fontSize: 12, fill: "#475569" }} />
        <YAxis width={80} tickFormatter={(v: number) => formatAxis(v, props.kind, locale, props.currency)} tick={{ fontSize: 12, fill: "#64748b" }} />
        <Tooltip formatter={(value, name) => [formatCell(Number(value), props.kind, locale, props.currency), name]} labelStyle={{ fontWeight: 600 }} />
        <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} formatter={legendText} />
        {props.series.map((s) => (
          <Line
            key={s.key}
            dataKey={s.key}
            name={s.label}
            stroke={s.color}
            strokeWidth={s.width ?? 2}
            strokeDasharray={s.dashed ? "5 4" : undefined}
            dot={{ r: 3 }}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </div>
  );
}
