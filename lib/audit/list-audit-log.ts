import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import type { AuditFilter } from "@/lib/validation/settings";

export const AUDIT_PAGE_SIZE = 50;

/** The audit log, newest first, filtered and paged (admins only). */
export async function listAuditLog(options: { actor: Actor; filter: AuditFilter }) {
  assertCan(options.actor, "settings.manage");
  const { action, entity, actorId, from, to, page } = options.filter;
  const where = {
    ...(action ? { action: action.endsWith(".") ? { startsWith: action } : action } : {}),
    ...(entity ? { entity } : {}),
    ...(actorId ? { actorId: actorId === "system" ? null : actorId } : {}),
    ...(from || to ? { createdAt: { ...(from ? { gte: from } : {}), ...(to ? { lt: to } : {}) } } : {}),
  };
  const [rows, total, actions, entities] = await Promise.all([
    db.auditLog.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: { id: true, action: true, entity: true, entityId: true, data: true, createdAt: true, actor: { select: { id: true, name: true } } },
    }),
    db.auditLog.count({ where }),
    db.auditLog.groupBy({ by: ["action"], orderBy: { action: "asc" } }),
    db.auditLog.groupBy({ by: ["entity"], orderBy: { entity: "asc" } }),
  ]);
  return {
    rows,
    total,
    page,
    pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
    actions: actions.map((a) => a.action),
    entities: entities.map((e) => e.entity),
  };
}

export type AuditPage = Awaited<ReturnType<typeof listAuditLog>>;
