// Webhook signatures: HMAC-SHA256 over "<timestamp>.<body>" with the automation's secret, sent as
// `X-Voronka-Signature: t=<unix seconds>,v1=<hex>`. Receivers recompute it and reject old
// timestamps (replays). Each delivery also carries `X-Voronka-Delivery: <id>`, the same on every
// retry, so a receiver can drop a delivery it has already handled.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

export const SIGNATURE_HEADER = "x-voronka-signature";
export const DELIVERY_HEADER = "x-voronka-delivery";

export function signPayload(secret: string, body: string, timestamp: number): string {
  const mac = createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
  return `t=${timestamp},v1=${mac}`;
}

/** Checks a signature header; `toleranceSeconds` bounds the age of the timestamp. */
export function verifySignature(options: { secret: string; body: string; header: string | null | undefined; nowSeconds: number; toleranceSeconds?: number }): boolean {
  const parts = Object.fromEntries((options.header ?? "").split(",").map((p) => p.split("=", 2) as [string, string]));
  const timestamp = Number(parts.t);
  if (!Number.isInteger(timestamp) || !parts.v1) return false;
  if (Math.abs(options.nowSeconds - timestamp) > (options.toleranceSeconds ?? 300)) return false;
  const expected = Buffer.from(signPayload(options.secret, options.body, timestamp).split("v1=")[1], "hex");
  const given = Buffer.from(parts.v1, "hex");
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export function newWebhookSecret(): string {
  return `whsec_${randomBytes(24).toString("base64url")}`;
}
