// API keys and ingested data of the ingest specs, written and removed through the app's client.
import path from "node:path";
import { require as tsxRequire } from "tsx/cjs/api";
import { e2eDb } from "../fixtures/db";

type SecretModule = typeof import("../../lib/api-keys/secret");
const secrets = () => tsxRequire(path.resolve(__dirname, "../../lib/api-keys/secret.ts"), __filename) as SecretModule;

/** A key created as the settings page would (hash and prefix stored), owned by the demo admin. */
export async function createKey(name: string): Promise<{ id: string; secret: string }> {
  const { generateSecret, hashSecret, visiblePrefix } = secrets();
  const db = e2eDb();
  const admin = await db.user.findUniqueOrThrow({ where: { email: "admin@voronka.dev" } });
  const secret = generateSecret();
  const key = await db.apiKey.create({ data: { name, prefix: visiblePrefix(secret), hash: hashSecret(secret), createdById: admin.id } });
  return { id: key.id, secret };
}

/** Removes keys by name and the people (with their events) an anonymous id prefix created. */
export async function cleanUp(options: { keyNames: string[]; anonPrefix?: string; emails?: string[] }): Promise<void> {
  const db = e2eDb();
  const match = [
    ...(options.anonPrefix ? [{ kind: "ANON_ID" as const, value: { startsWith: options.anonPrefix } }] : []),
    ...(options.emails?.length ? [{ kind: "EMAIL" as const, value: { in: options.emails } }] : []),
  ];
  const identities = match.length ? await db.identity.findMany({ where: { OR: match }, select: { personId: true } }) : [];
  const people = [...new Set(identities.map((i) => i.personId))];
  await db.person.deleteMany({ where: { OR: [{ id: { in: people } }, { mergedIntoId: { in: people } }] } });
  await db.auditLog.deleteMany({ where: { entity: "ApiKey", entityId: { in: (await db.apiKey.findMany({ where: { name: { in: options.keyNames } } })).map((k) => k.id) } } });
  await db.apiKey.deleteMany({ where: { name: { in: options.keyNames } } });
}
