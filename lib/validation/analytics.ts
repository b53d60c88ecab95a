import { z } from "zod";
import { TOUCH_BANDS } from "@/lib/analytics/attribution";

/** A calendar day as it appears in the URL and in date inputs. */
const isoDay = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use the format YYYY-MM-DD")
  .refine((day) => !Number.isNaN(Date.parse(`${day}T00:00:00Z`)) && new Date(`${day}T00:00:00Z`).toISOString().startsWith(day), "Not a calendar day");

const id = z.string().trim().min(1).max(64);

/** The source filter's value for deals without a source channel. */
export const NO_SOURCE = "none";

/** Analytics and forecast filters, as they appear in the URL (?pipeline=…&from=…&to=…&owner=…&source=…). */
export const analyticsFiltersSchema = z
  .object({
    pipeline: id.optional(),
    from: isoDay.optional(),
    to: isoDay.optional(),
    owner: id.optional(),
    source: z.string().trim().min(1).max(64).optional(),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: "The period must start before it ends", path: ["from"] });
export type AnalyticsFilters = z.infer<typeof analyticsFiltersSchema>;

export const FILTER_KEYS = ["pipeline", "from", "to", "owner", "source"] as const;

/**
 * Reads the filters from the URL. A bad value drops that filter only (the page still opens with
 * the default for it); a period that ends before it starts drops both ends.
 */
export function parseAnalyticsSearchParams(params: Record<string, string | string[] | undefined>): AnalyticsFilters {
  const one = (k: string) => {
    const v = params[k];
    return (Array.isArray(v) ? v[0] : v) || undefined;
  };
  const shape = analyticsFiltersSchema.shape;
  const filters: AnalyticsFilters = {};
  for (const key of FILTER_KEYS) {
    const parsed = shape[key].safeParse(one(key));
    if (parsed.success && parsed.data !== undefined) filters[key] = parsed.data;
  }
  if (filters.from && filters.to && filters.from > filters.to) {
    delete filters.from;
    delete filters.to;
  }
  return filters;
}

/** Which deals a clicked bar or cell stands for ("the deals behind it"). */
export const drillDownSchema = z.discriminatedUnion("kind", [
  // Lost deals (final losses in the period), narrowed by any of the leak chart's dimensions.
  z.object({
    kind: z.literal("lost"),
    stageId: id.optional(),
    reasonId: id.nullable().optional(),
    source: z.string().trim().max(64).nullable().optional(),
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
  z.object({ kind: z.literal("channel"), source: z.string().trim().max(64).nullable(), status: z.enum(["OPEN", "WON", "LOST"]).optional() }),
  // Deals created in a month of the period, by where they are now.
  z.object({ kind: z.literal("cohort"), month: z.string().regex(/^\d{4}-\d{2}$/), status: z.enum(["OPEN", "WON", "LOST"]).optional(), stageId: id.optional() }),
  // Deals won in the period that a channel touched before the win (the attribution table's rows).
  z.object({ kind: z.literal("attribution"), channel: z.string().trim().min(1).max(64) }),
  // Deals won in the period after a number of touches in a band ("touches to win").
  z.object({ kind: z.literal("touches"), band: z.enum(TOUCH_BANDS) }),
  // Open deals expected to close in a month ("none" = no date, "overdue" = before this month).
  z.object({ kind: z.literal("expected"), month: z.union([z.string().regex(/^\d{4}-\d{2}$/), z.enum(["none", "overdue"])]) }),
]);
export type DrillDown = z.infer<typeof drillDownSchema>;

export const drillDownRequestSchema = z.object({ filters: analyticsFiltersSchema, cell: drillDownSchema });
