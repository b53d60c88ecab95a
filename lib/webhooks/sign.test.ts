import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { newWebhookSecret, signPayload, verifySignature } from "./sign";

describe("webhook signatures", () => {
  const secret = "whsec_test_0123456789abcdef";
  const body = JSON.stringify({ event: "automation.step", deal: { id: "d1" } });

  it("is HMAC-SHA256 of timestamp.body in hex", () => {
    const expected = createHmac("sha256", secret).update(`1700000000.${body}`).digest("hex");
    expect(signPayload(secret, body, 1_700_000_000)).toBe(`t=1700000000,v1=${expected}`);
  });

  it("verifies its own signature and rejects a changed body, another secret or an old timestamp", () => {
    const header = signPayload(secret, body, 1_700_000_000);
    expect(verifySignature({ secret, body, header, nowSeconds: 1_700_000_100 })).toBe(true);
    expect(verifySignature({ secret, body: body + " ", header, nowSeconds: 1_700_000_100 })).toBe(false);
    expect(verifySignature({ secret: "whsec_other_secret_000000", body, header, nowSeconds: 1_700_000_100 })).toBe(false);
    expect(verifySignature({ secret, body, header, nowSeconds: 1_700_000_301 })).toBe(false);
    expect(verifySignature({ secret, body, header: "garbage", nowSeconds: 1_700_000_000 })).toBe(false);
  });

  it("makes distinct secrets", () => {
    expect(newWebhookSecret()).not.toBe(newWebhookSecret());
    expect(newWebhookSecret()).toMatch(/^whsec_[\w-]{32}$/);
  });
});
