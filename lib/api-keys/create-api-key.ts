import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { generateSecret, hashSecret, visiblePrefix } from "./secret";

export interface CreatedApiKey {
  id: string;
  name: string;
  prefix: string;
  /** Shown once: only its hash is stored. */
  secret: string;
  createdAt: Date;
}

/** A new key for the event API (admins: settings.manage). The secret is returned this once. */
export async function createApiKey(options: { actor: Actor; name: string }): Promise<CreatedApiKey> {
  assertCan(options.actor, "settings.manage");
  const secret = generateSecret();
  return db.$transaction(async (tx) => {
    const key = await tx.apiKey.create({
      data: { name: options.name.trim(), prefix: visiblePrefix(secret), hash: hashSecret(secret), createdById: options.actor.id },
      select: { id: true, name: true, prefix: true, createdAt: true },
    });
    await tx.auditLog.create({
      data: { actorId: options.actor.id, action: "apiKey.create", entity: "ApiKey", entityId: key.id, data: JSON.stringify({ name: key.name, prefix: key.prefix }) },
    });
    return { ...key, secret };
  });
}
