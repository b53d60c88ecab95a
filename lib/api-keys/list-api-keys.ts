import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";

export interface ApiKeyRow {
  id: string;
  name: string;
  prefix: string;
  kind: "PUBLIC" | "SECRET";
  mergesKnownPeople: boolean;
  createdAt: Date;
  createdBy: string;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

/** Every key, active first, newest first; never a secret or a hash. */
export async function listApiKeys(options: { actor: Actor }): Promise<ApiKeyRow[]> {
  assertCan(options.actor, "settings.manage");
  const keys = await db.apiKey.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: { id: true, name: true, prefix: true, kind: true, mergesKnownPeople: true, createdAt: true, lastUsedAt: true, revokedAt: true, createdBy: { select: { name: true } } },
  });
  const rows = keys.map(({ createdBy, ...key }) => ({ ...key, createdBy: createdBy.name }));
  return [...rows.filter((k) => !k.revokedAt), ...rows.filter((k) => k.revokedAt)];
}
