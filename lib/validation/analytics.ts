import { z } from "zod";
import { TOUCH_BANDS } from "@/lib/analytics/attribution";
import { PERIOD_MESSAGES, type PeriodIssue, dayIssue, monthIssue, periodIssue } from "./analytics-period";

/** No control characters: PostgreSQL refuses NUL in text, and no id or channel holds any. */
const NO_CONTROL = /^[^\u0000-\u001f\u007f]*$/;

/** A calendar day as it appears in the URL and in date inputs, within the years analytics cover. */
const isoDay = z
  .string()
  .trim()
  .superRefine((day, ctx) => {
    const issue = dayIssue(day);
    if (issue) ctx.addIssue({ code: "custom", message: PERIOD_MESSAGES[issue], params: { issue } });
  });

/** A calendar month "YYYY-MM" within the years analytics cover. */
const isoMonth = z.string().superRefine((month, ctx) => {
  const issue = monthIssue(month);
  if (issue) ctx.addIssue({ code: "custom", message: PERIOD_MESSAGES[issue], params: { issue } });
});

const text = (min: number) => z.string().trim().min(min).max(64).regex(NO_CONTROL, "Contains control characters");
const id = text(1);

/** The source filter's value for deals without a source channel. */
export const NO_SOURCE = "none";

/** Analytics and forecast filters, as they appear in the URL (?pipeline=…&from=…&to=…&owner=…&source=…). */
export const analyticsFiltersSchema = z
  .object({
    pipeline: id.optional(),
    from: isoDay.optional(),
    to: isoDay.optional(),
    owner: id.optional(),
    source: id.optional(),
  })
  .superRefine((f, ctx) => {
    const issue = f.from && f.to ? periodIssue(f.from, f.to) : null;
    if (issue) ctx.addIssue({ code: "custom", path: ["from"], message: PERIOD_MESSAGES[issue], params: { issue } });
  });
export type AnalyticsFilters = z.infer<typeof analyticsFiltersSchema>;

export const FILTER_KEYS = ["pipeline", "from", "to", "owner", "source"] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/**
 * A filter of the URL that was not applied, and why: "text" for a pipeline, owner or source that
 * cannot be an id or channel; a period issue for the period (field "from" or "to" for one bad day,
 * "period" for two days that make no period together).
 */
export interface FilterIssue {
  field: FilterKey | "period";
  code: "text" | PeriodIssue;
}

export interface ParsedFilters {
  filters: AnalyticsFilters;
  issues: FilterIssue[];
}

/**
 * Reads the filters from the URL. A bad pipeline, owner or source drops that filter only; any
 * problem with the period (a bad day, out of the years, reversed, longer than the limit, with
 * today as the end when none is given) drops both of its ends: the page still opens, with the
 * default period, and says what it left out.
 */
export function parseAnalyticsSearchParams(params: Record<string, string | string[] | undefined>, options: { today: string }): ParsedFilters {
  const one = (k: string) => {
    const v = params[k];
    return (Array.isArray(v) ? v[0] : v) || undefined;
  };
  const shape = analyticsFiltersSchema.shape;
  const filters: AnalyticsFilters = {};
  const issues: FilterIssue[] = [];
  for (const key of FILTER_KEYS) {
    const value = one(key);
    const parsed = shape[key].safeParse(value);
    if (parsed.success) {
      if (parsed.data !== undefined) filters[key] = parsed.data;
    } else {
      const custom = parsed.error.issues.find((i) => i.code === "custom") as { params?: { issue?: PeriodIssue } } | undefined;
      issues.push({ field: key, code: key === "from" || key === "to" ? (custom?.params?.issue ?? "day") : "text" });
    }
  }
  const periodBad = issues.some((i) => i.field === "from" || i.field === "to");
  const issue = filters.from ? periodIssue(filters.from, filters.to ?? options.today) : null;
  if (issue && !periodBad) issues.push({ field: "period", code: issue });
  if (issue || periodBad) {
    delete filters.from;
    delete filters.to;
  }
  return { filters, issues };
}

/** URL search params as the server reads them (the first value of a repeated key). */
export function searchParamsRecord(params: { forEach(callback: (value: string, key: string) => void): void }): Record<string, string> {
  const record: Record<string, string> = {};
  params.forEach((value, key) => {
    record[key] ??= value;
  });
  return record;
}

/** Which deals a clicked bar or cell stands for ("the deals behind it"). */
export const drillDownSchema = z.discriminatedUnion("kind", [
  // Lost deals (final losses in the period), narrowed by any of the leak chart's dimensions.
  z.object({
    kind: z.literal("lost"),
    stageId: id.optional(),
    reasonId: id.nullable().optional(),
    source: text(0).nullable().optional(),
    ownerId: id.optional(),
    week: isoDay.optional(),
  }),
  // Deals that made a from → to transition in the period (null stage = created / a status).
  z.object({
    kind: z.literal("transition"),
    fromStageId: id.nullable(),
    toStageId: id.nullable(),
    fromStatus: z.enum(["OPEN", "WON", "LOST"]).nullable(),
    toStatus: z.enum(["OPEN", "WON", "LOST"]),
  }),
  // Deals that entered a stage in the period, by what happened to them there.
  z.object({ kind: z.literal("funnel"), stageId: id, outcome: z.enum(["entered", "advanced", "lost", "back", "here"]) }),
  // Open deals in a stage for longer than its norm.
  z.object({ kind: z.literal("stuck"), stageId: id }),
  // Deals created in the period from a source channel (only those in one status now, optionally).
  z.object({ kind: z.literal("channel"), source: text(0).nullable(), status: z.enum(["OPEN", "WON", "LOST"]).optional() }),
  // Deals created in a month of the period, by where they are now.
  z.object({ kind: z.literal("cohort"), month: isoMonth, status: z.enum(["OPEN", "WON", "LOST"]).optional(), stageId: id.optional() }),
  // Deals won in the period that a channel touched before the win (the attribution table's rows).
  z.object({ kind: z.literal("attribution"), channel: id }),
  // Deals won in the period after a number of touches in a band ("touches to win").
  z.object({ kind: z.literal("touches"), band: z.enum(TOUCH_BANDS) }),
  // Open deals expected to close in a month ("none" = no date, "overdue" = before this month).
  z.object({ kind: z.literal("expected"), month: z.union([z.enum(["none", "overdue"]), isoMonth]) }),
]);
export type DrillDown = z.infer<typeof drillDownSchema>;

export const drillDownRequestSchema = z.object({ filters: analyticsFiltersSchema, cell: drillDownSchema });
