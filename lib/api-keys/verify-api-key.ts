import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { bearerToken, hashSecret, looksLikeSecret } from "./secret";

declare const verified: unique symbol;

/** A key that passed verifyApiKey: the only way to call the event API's domain functions. */
export interface VerifiedApiKey {
  id: string;
  name: string;
  kind: "PUBLIC" | "SECRET";
  /** May a conflicting identity claim merge two known people? Only a SECRET key allowed to. */
  mergesKnownPeople: boolean;
  readonly [verified]: true;
}

/** lastUsedAt is written at most once a minute per key: one cheap read per request, rare writes. */
const LAST_USED_RESOLUTION_MS = 60_000;

const HOW = "Send an API key from Settings → API keys as “Authorization: Bearer vk_live_…”.";

/**
 * The key of a request to the event API: the `Authorization: Bearer` header, or (for browsers
 * sending with navigator.sendBeacon, which cannot set headers) the `key` of the JSON body.
 * A missing, unknown or revoked key is a 401 (AppError UNAUTHENTICATED), and so is a SECRET key
 * in the body: only a browser sends the key there, and a secret key must never sit in a web page.
 */
export async function verifyApiKey(options: { authorization?: string | null; bodyKey?: unknown; now?: Date }): Promise<VerifiedApiKey> {
  const header = bearerToken(options.authorization);
  const secret = header ?? (typeof options.bodyKey === "string" ? options.bodyKey.trim() : null);
  if (!secret) throw new AppError("UNAUTHENTICATED", `No API key. ${HOW}`);
  if (!looksLikeSecret(secret)) throw new AppError("UNAUTHENTICATED", `This is not a Voronka API key. ${HOW}`);
  const key = await db.apiKey.findUnique({ where: { hash: hashSecret(secret) }, select: { id: true, name: true, kind: true, mergesKnownPeople: true, revokedAt: true, lastUsedAt: true } });
  if (!key) throw new AppError("UNAUTHENTICATED", `Unknown API key. ${HOW}`);
  if (key.revokedAt) throw new AppError("UNAUTHENTICATED", `This API key was revoked on ${key.revokedAt.toISOString().slice(0, 10)}. Create a new one in Settings → API keys.`);
  if (key.kind === "SECRET" && !header) {
    throw new AppError("UNAUTHENTICATED", "This is a secret API key: send it from your server as “Authorization: Bearer …”, never from a web page. Web pages (track.js) use a public key.");
  }

  const now = options.now ?? new Date();
  if (!key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS) {
    const stale = new Date(now.getTime() - LAST_USED_RESOLUTION_MS);
    await db.apiKey.updateMany({ where: { id: key.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lte: stale } }] }, data: { lastUsedAt: now } });
  }
  // A public key can never merge known people, whatever its row says.
  return { id: key.id, name: key.name, kind: key.kind, mergesKnownPeople: key.kind === "SECRET" && key.mergesKnownPeople } as VerifiedApiKey;
}
