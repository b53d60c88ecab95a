import { z } from "zod";
import { dateInput } from "./dates";
import { idString as id, singleLine } from "./text";
import { passwordSchema } from "./password";

// Inputs of Settings (pipelines, stages, loss reasons, users, audit filter), shared by the forms,
// the server actions and the lib functions.

const name = (what: string, max = 80) => singleLine().min(1, `Give the ${what} a name`).max(max, `At most ${max} characters`);
const ids = z.array(id).min(1).max(500);

export const CURRENCIES = ["RUB", "USD", "EUR"] as const;
export const STAGE_COLORS = ["#64748b", "#0ea5e9", "#6366f1", "#8b5cf6", "#ec4899", "#f97316", "#eab308", "#10b981", "#14b8a6", "#ef4444"] as const;

export const createPipelineSchema = z.object({
  name: name("pipeline"),
  currency: z.enum(CURRENCIES).default("RUB"),
  firstStageName: name("first stage").default("New"),
});
export const renamePipelineSchema = z.object({ id, name: name("pipeline") });
export const reorderSchema = z.object({ ids });
export const archivePipelineSchema = z.object({ id, archived: z.boolean() });

const probability = z.number({ error: "Enter a percentage" }).int("Whole percent only").min(0, "0 to 100").max(100, "0 to 100");
const rottingDays = z.number({ error: "Enter days" }).int("Whole days only").min(1, "At least 1 day").max(365, "At most 365 days").nullable();
const color = z.string().regex(/^#[0-9a-f]{6}$/i, "A color like #0ea5e9");

export const addStageSchema = z.object({
  pipelineId: id,
  name: name("stage"),
  probability: probability.default(10),
  rottingDays: rottingDays.default(null),
  color: color.default("#64748b"),
});
export const updateStageSchema = z.object({
  id,
  name: name("stage").optional(),
  probability: probability.optional(),
  rottingDays: rottingDays.optional(),
  color: color.optional(),
});
export const reorderStagesSchema = z.object({ pipelineId: id, ids });
export const deleteStageSchema = z.object({ id, moveToStageId: id.nullish() });

export const lossReasonSchema = z.object({ label: name("reason", 120) });
export const renameLossReasonSchema = z.object({ id, label: name("reason", 120) });
export const setLossReasonActiveSchema = z.object({ id, active: z.boolean() });
export const idSchema = z.object({ id });

export const ROLES = ["ADMIN", "HEAD", "REP"] as const;
export const createUserSchema = z.object({
  name: name("user", 120),
  email: singleLine().toLowerCase().pipe(z.email("Enter a valid email address")),
  role: z.enum(ROLES),
  password: passwordSchema,
  locale: z.enum(["en", "ru"]).default("en"),
});
export const setUserRoleSchema = z.object({ id, role: z.enum(ROLES) });
export const setUserActiveSchema = z.object({ id, active: z.boolean() });
export const reassignDealsSchema = z.object({ fromUserId: id, toUserId: id });

/** /settings/audit?action=&entity=&actor=&from=&to=&page= */
export const auditFilterSchema = z.object({
  action: singleLine().max(64).optional().catch(undefined),
  entity: singleLine().max(64).optional().catch(undefined),
  actorId: singleLine().max(64).optional().catch(undefined),
  from: dateInput().optional().catch(undefined),
  to: dateInput().optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});
export type AuditFilter = z.output<typeof auditFilterSchema>;

/** Reads the audit filter from search params ("" → unset; `to` is inclusive of its day). */
export function parseAuditFilter(params: Record<string, string | string[] | undefined>): AuditFilter {
  const one = (key: string) => {
    const value = params[key];
    const first = Array.isArray(value) ? value[0] : value;
    return first?.trim() ? first.trim() : undefined;
  };
  const filter = auditFilterSchema.parse({
    action: one("action"),
    entity: one("entity"),
    actorId: one("actor"),
    from: one("from"),
    to: one("to"),
    page: one("page"),
  });
  if (filter.to && /^\d{4}-\d{2}-\d{2}$/.test(one("to") ?? "")) filter.to = new Date(filter.to.getTime() + 86_400_000);
  return filter;
}
