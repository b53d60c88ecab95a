import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors/app-error";

/** Revokes a key at once (every instance checks revokedAt on each request). Idempotent. */
export async function revokeApiKey(options: { actor: Actor; id: string; now?: Date }): Promise<{ id: string; revokedAt: Date }> {
  assertCan(options.actor, "settings.manage");
  const now = options.now ?? new Date();
  return db.$transaction(async (tx) => {
    const key = await tx.apiKey.findUnique({ where: { id: options.id }, select: { id: true, name: true, revokedAt: true } });
    if (!key) throw new AppError("NOT_FOUND", "This API key does not exist.");
    if (key.revokedAt) return { id: key.id, revokedAt: key.revokedAt };
    await tx.apiKey.update({ where: { id: key.id }, data: { revokedAt: now } });
    await tx.auditLog.create({
      data: { actorId: options.actor.id, action: "apiKey.revoke", entity: "ApiKey", entityId: key.id, data: JSON.stringify({ name: key.name }), createdAt: now },
    });
    return { id: key.id, revokedAt: now };
  });
}
