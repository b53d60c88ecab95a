import { z } from "zod";
import { idString, singleLine } from "./text";

/** Board filters, as they appear in the URL (?owner=me&temp=HOT&q=...&rotting=1). */
export const boardFiltersSchema = z.object({
  owner: singleLine().max(64).optional(), // "me", "all" or a user id
  q: singleLine().max(100).optional(),
  temperature: z.enum(["COLD", "WARM", "HOT"]).optional(),
  rotting: z.boolean().optional(),
});
export type BoardFilters = z.infer<typeof boardFiltersSchema>;

export function parseBoardSearchParams(params: Record<string, string | string[] | undefined>): BoardFilters {
  const one = (k: string) => (Array.isArray(params[k]) ? params[k]?.[0] : params[k]) as string | undefined;
  const parsed = boardFiltersSchema.safeParse({
    owner: one("owner") || undefined,
    q: one("q") || undefined,
    temperature: one("temp") || undefined,
    rotting: one("rotting") === "1" ? true : undefined,
  });
  return parsed.success ? parsed.data : {};
}

export const loadMoreSchema = z.object({
  pipelineId: idString,
  stageId: idString,
  after: z.object({ rank: singleLine().min(1).max(200), id: idString }),
  filters: boardFiltersSchema,
});
