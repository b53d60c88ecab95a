// Event collection setup of the demo: a per-channel scoring weight (a page view from paid ads
// counts double: someone paid for that click) and two API keys, a public one in use by the
// website tracker and a secret one revoked, so Settings → API keys has something to show. Their secrets are
// random and never printed: create your own key to send events.
import { generateSecret, hashSecret, visiblePrefix } from "../../lib/api-keys/secret";
import { addDays, newId } from "./random";
import { HALF_LIFE_DAYS } from "./settings";
import type { SeedData } from "./types";
import type { UserIds } from "./users";

export function addIngestSetup(data: SeedData, users: UserIds, now: Date): void {
  data.scoringRules.push({ id: newId(), eventType: "page_view", channel: "ads", points: 2, halfLifeDays: HALF_LIFE_DAYS, active: true });

  const key = (name: string, kind: "PUBLIC" | "SECRET", createdDaysAgo: number, extra: { lastUsedAt?: Date; revokedAt?: Date }) => {
    const secret = generateSecret();
    const row = { id: newId(), name, kind, prefix: visiblePrefix(secret), hash: hashSecret(secret), createdById: users.admin, createdAt: addDays(now, -createdDaysAgo), ...extra };
    data.apiKeys.push(row);
    data.auditLogs.push({
      id: newId(),
      actorId: users.admin,
      action: "apiKey.create",
      entity: "ApiKey",
      entityId: row.id,
      data: JSON.stringify({ name, prefix: row.prefix, kind, mergesKnownPeople: false }),
      createdAt: row.createdAt,
    });
    return row;
  };
  key("Website tracker", "PUBLIC", 190, { lastUsedAt: new Date(now.getTime() - 7 * 60_000) });
  const old = key("Old CSV import script", "SECRET", 180, { lastUsedAt: addDays(now, -150), revokedAt: addDays(now, -120) });
  data.auditLogs.push({ id: newId(), actorId: users.admin, action: "apiKey.revoke", entity: "ApiKey", entityId: old.id, data: JSON.stringify({ name: old.name }), createdAt: old.revokedAt! });
}
