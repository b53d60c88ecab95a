import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { parseSettingsInput } from "@/lib/settings/parse";
import { createApiKeySchema, type ApiKeyKindName, type CreateApiKeyInput } from "@/lib/validation/events";
import { generateSecret, hashSecret, visiblePrefix } from "./secret";

export interface CreatedApiKey {
  id: string;
  name: string;
  prefix: string;
  kind: ApiKeyKindName;
  mergesKnownPeople: boolean;
  /** Shown once: only its hash is stored. */
  secret: string;
  createdAt: Date;
}

/**
 * A new key for the event API (admins: settings.manage). The secret is returned this once.
 * `kind` defaults to PUBLIC, the one that is safe in a web page; only a SECRET key may be
 * allowed to merge known people (README "Sending events").
 */
export async function createApiKey(options: { actor: Actor } & CreateApiKeyInput): Promise<CreatedApiKey> {
  assertCan(options.actor, "settings.manage");
  const { name, kind, mergesKnownPeople } = parseSettingsInput(createApiKeySchema, {
    name: options.name,
    kind: options.kind,
    mergesKnownPeople: options.mergesKnownPeople,
  });
  const secret = generateSecret();
  return db.$transaction(async (tx) => {
    const key = await tx.apiKey.create({
      data: { name, kind, mergesKnownPeople, prefix: visiblePrefix(secret), hash: hashSecret(secret), createdById: options.actor.id },
      select: { id: true, name: true, prefix: true, kind: true, mergesKnownPeople: true, createdAt: true },
    });
    await tx.auditLog.create({
      data: {
        actorId: options.actor.id,
        action: "apiKey.create",
        entity: "ApiKey",
        entityId: key.id,
        data: JSON.stringify({ name: key.name, prefix: key.prefix, kind: key.kind, mergesKnownPeople: key.mergesKnownPeople }),
      },
    });
    return { ...key, secret };
  });
}
