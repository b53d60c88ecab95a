"use client";
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import { useLocale } from "next-intl";
import { legendText } from "./legend";
import type { DrillDown } from "@/lib/validation/analytics";
import { useDrillDown } from "@/components/analytics/DrillDownProvider";
import { type CellKind, formatAxis, formatCell } from "./table-model";

export interface BarSeries {
  key: string;
  label: string;
  color: string;
}

export interface BarDatum {
  key: string;
  label: string;
  values: Record<string, number>;
  /** The deals behind each series' bar. */
  drill?: Record<string, DrillDown>;
}

/**
 * Bars per category, stacked or side by side, vertical or horizontal. The chart is a picture of
 * the table under it (role="img"); clicking a bar lists the deals behind it.
 */
export function BarChartView(props: {
  data: BarDatum[];
  series: BarSeries[];
  kind: CellKind;
  currency: string;
  summary: string;
  stacked?: boolean;
  horizontal?: boolean;
  height?: number;
  /** Show the legend (default: when there is more than one series). */
  legend?: boolean;
  testId?: string;
}) {
  const locale = useLocale();
  const drill = useDrillDown();
  const rows = props.data.map((d) => ({ __key: d.key, __label: d.label, ...d.values }));
  const byKey = new Map(props.data.map((d) => [d.key, d]));
  const height = props.height ?? (props.horizontal ? Math.max(180, props.data.length * 34 + 60) : 280);
  const axis = (value: number) => formatAxis(value, props.kind, locale, props.currency);
  const category = { dataKey: "__label", tick: { fontSize: 12, fill: "#475569" }, interval: 0 as const };
  const measure = { tickFormatter: axis, tick: { fontSize: 12, fill: "#64748b" }, allowDecimals: props.kind !== "count" };

  return (
    <div role="img" aria-label={props.summary} className="w-full" data-testid={props.testId}>
      <BarChart
        responsive
        style={{ width: "100%", height }}
        data={rows}
        layout={props.horizontal ? "vertical" : "horizontal"}
        margin={{ top: 8, right: 16, bottom: 4, left: 4 }}
        accessibilityLayer={false}
      >
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" vertical={!props.horizontal} horizontal={Boolean(!props.horizontal)} />
          {props.horizontal ? (
            <>
              <XAxis type="number" {...measure} />
              <YAxis type="category" width={150} {...category} />
            </>
          ) : (
            <>
              <XAxis type="category" {...category} />
              <YAxis type="number" width={72} {...measure} />
            </>
          )}
          <Tooltip
            cursor={{ fill: "#f1f5f9" }}
            formatter={(value, name) => [formatCell(Number(value), props.kind, locale, props.currency), name]}
            labelStyle={{ fontWeight: 600 }}
          />
          {(props.legend ?? props.series.length > 1) && <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} formatter={legendText} />}
          {props.series.map((s) => (
            <Bar
              key={s.key}
              dataKey={s.key}
              name={s.label}
              fill={s.color}
              stackId={props.stacked ? "stack" : undefined}
              maxBarSize={48}
              isAnimationActive={false}
              cursor="pointer"
              onClick={(entry) => {
                const key = (entry as unknown as { payload?: { __key?: string } }).payload?.__key;
                const datum = key ? byKey.get(key) : undefined;
                const target = datum?.drill?.[s.key];
                if (datum && target) drill.open(target, `${datum.label} · ${s.label}`);
              }}
            />
          ))}
      </BarChart>
    </div>
  );
}
