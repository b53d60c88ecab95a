// API key secrets: "vk_live_" + 32 base62 characters (~190 random bits). Only the SHA-256 of a
// secret is stored, with its first characters (the prefix) to tell keys apart in settings. Pure.
import { createHash, randomBytes } from "node:crypto";

export const SECRET_PREFIX = "vk_live_";
const BODY_LENGTH = 32;
const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const SHAPE = new RegExp(`^${SECRET_PREFIX}[0-9A-Za-z]{${BODY_LENGTH}}$`);
/** How much of the secret settings show. */
export const VISIBLE_PREFIX_LENGTH = SECRET_PREFIX.length + 4;

export function generateSecret(): string {
  let body = "";
  while (body.length < BODY_LENGTH) {
    for (const byte of randomBytes(BODY_LENGTH * 2)) {
      // 248 = 4 × 62: bytes above it would make some characters likelier than others.
      if (byte < 248 && body.length < BODY_LENGTH) body += BASE62[byte % 62];
    }
  }
  return SECRET_PREFIX + body;
}

export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

export function visiblePrefix(secret: string): string {
  return secret.slice(0, VISIBLE_PREFIX_LENGTH);
}

export function looksLikeSecret(text: string): boolean {
  return SHAPE.test(text);
}

/** The token of an `Authorization: Bearer …` header, or null. */
export function bearerToken(header: string | null | undefined): string | null {
  const match = /^\s*Bearer\s+(\S+)\s*$/i.exec(header ?? "");
  return match ? match[1] : null;
}
