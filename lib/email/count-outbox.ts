import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";

/** Emails waiting in the outbox (written while no SMTP server was configured). */
export async function countOutbox(options: { actor: Actor }): Promise<number> {
  assertCan(options.actor, "settings.manage");
  return db.outboundEmail.count({ where: { status: "OUTBOX" } });
}
