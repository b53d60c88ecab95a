"use client";
import { Area, Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from "recharts";
import { useLocale } from "next-intl";
import { legendText } from "./legend";
import type { DrillDown } from "@/lib/validation/analytics";
import { useDrillDown } from "@/components/analytics/DrillDownProvider";
import { formatAxis, formatCell } from "./table-model";

export interface ForecastPoint {
  key: string;
  label: string;
  p10: number;
  p50: number;
  p90: number;
  weighted: number;
  drill?: DrillDown;
}

/**
 * The calibrated forecast per month: the P10–P90 band, the P50 line and, for comparison, the
 * weighted pipeline as bars (clicking a bar lists the deals expected to close that month).
 */
export function ForecastBandChart(props: { data: ForecastPoint[]; labels: { band: string; p50: string; weighted: string }; currency: string; summary: string }) {
  const locale = useLocale();
  const drill = useDrillDown();
  const rows = props.data.map((d) => ({ ...d, band: [d.p10, d.p90] as [number, number] }));
  const money = (v: number) => formatCell(v, "money", locale, props.currency);
  return (
    <div role="img" aria-label={props.summary} data-testid="chart-forecast">
      <ComposedChart responsive style={{ width: "100%", height: 300 }} data={rows} margin={{ top: 8, right: 16, bottom: 4, left: 4 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" vertical={false} />
        <XAxis dataKey="label" tick={{ fontSize: 12, fill: "#475569" }} />
        <YAxis width={80} tickFormatter={(v: number) => formatAxis(v, "money", locale, props.currency)} tick={{ fontSize: 12, fill: "#64748b" }} />
        <Tooltip
          formatter={(value, name) => [Array.isArray(value) ? `${money(Number(value[0]))} – ${money(Number(value[1]))}` : money(Number(value)), name]}
          labelStyle={{ fontWeight: 600 }}
        />
        <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} formatter={legendText} />
        <Bar
          dataKey="weighted"
          name={props.labels.weighted}
          fill="#cbd5e1"
          maxBarSize={40}
          isAnimationActive={false}
          cursor="pointer"
          onClick={(entry) => {
            const point = (entry as unknown as { payload?: ForecastPoint }).payload;
            if (point?.drill) drill.open(point.drill, `${point.label} · ${props.labels.weighted}`);
          }}
        />
        <Area dataKey="band" name={props.labels.band} stroke="none" fill="#2f57d9" fillOpacity={0.18} isAnimationActive={false} />
        <Line dataKey="p50" name={props.labels.p50} stroke="#2f57d9" strokeWidth={2} dot={{ r: 3 }} isAnimationActive={false} />
      </ComposedChart>
    </div>
  );
}
