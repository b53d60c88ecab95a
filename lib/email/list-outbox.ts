import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";

export const OUTBOX_PAGE_SIZE = 50;
export const EMAIL_STATUSES = ["OUTBOX", "QUEUED", "SENDING", "SENT", "FAILED"] as const;

/** Emails the app wrote, newest first: the outbox (no SMTP) and the delivery record (admins). */
export async function listOutbox(options: { actor: Actor; status?: string | null; page?: number }) {
  assertCan(options.actor, "settings.manage");
  const page = Math.max(1, Math.floor(options.page ?? 1));
  const status = (EMAIL_STATUSES as readonly string[]).includes(options.status ?? "") ? options.status! : null;
  const where = status ? { status } : {};
  const [rows, total, byStatus] = await Promise.all([
    db.outboundEmail.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip: (page - 1) * OUTBOX_PAGE_SIZE, take: OUTBOX_PAGE_SIZE }),
    db.outboundEmail.count({ where }),
    db.outboundEmail.groupBy({ by: ["status"], _count: { _all: true } }),
  ]);
  return {
    rows,
    total,
    page,
    pages: Math.max(1, Math.ceil(total / OUTBOX_PAGE_SIZE)),
    status,
    counts: Object.fromEntries(byStatus.map((s) => [s.status, s._count._all])) as Record<string, number>,
  };
}
