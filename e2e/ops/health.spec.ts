// GET /api/health and /api/ready over real HTTP, as a load balancer calls them: no sign-in, JSON,
// nothing secret, never cached.
import { request } from "@playwright/test";
import { expect, test } from "../fixtures/test";

test("GET /api/health and /api/ready answer 200 without a session, with nothing secret", async ({ baseURL }) => {
  const balancer = await request.newContext({ baseURL });
  try {
    const health = await balancer.get("/api/health", { maxRedirects: 0 });
    expect(health.status()).toBe(200);
    expect(await health.json()).toEqual({ status: "ok" });
    expect(health.headers()["cache-control"]).toContain("no-store");

    const ready = await balancer.get("/api/ready", { maxRedirects: 0 });
    expect(ready.status()).toBe(200);
    const body = await ready.json();
    expect(body).toMatchObject({
      ready: true,
      checks: { database: { ok: true }, migrations: { ok: true, pending: [] }, scheduler: { ok: true, state: "running" } },
    });
    expect(body.checks.migrations.expected).toBeGreaterThan(0);
    expect(ready.headers()["set-cookie"]).toBeUndefined();
    expect(JSON.stringify(body)).not.toMatch(/postgres(ql)?:|file:|secret|password/i);
  } finally {
    await balancer.dispose();
  }
});
