// A database outage, as users and load balancers see it: a second server on the same build and
// AUTH_SECRET but a database that does not answer (a closed port; for SQLite a path it cannot
// open). A signed-in page shows the app's own error page, the API answers 503 with Retry-After in
// the one JSON error shape, /api/ready says not ready, /api/health stays up.
import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import os from "node:os";
import { request } from "@playwright/test";
import { expect, test } from "../fixtures/test";

async function closedPort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

let server: ChildProcess | null = null;
let outageURL = "";

test.beforeAll(async () => {
  const port = await closedPort();
  const database = /^postgres/.test(process.env.E2E_DATABASE_URL ?? "") ? `postgresql://postgres@127.0.0.1:${await closedPort()}/voronka` : `file:${os.tmpdir()}`;
  const nextBin = require.resolve("next/dist/bin/next");
  server = spawn(process.execPath, [nextBin, "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, DATABASE_URL: database, AUTH_SECRET: process.env.E2E_AUTH_SECRET, LOG_LEVEL: "error" },
    stdio: "ignore",
  });
  outageURL = `http://127.0.0.1:${port}`;
  await expect.poll(async () => fetch(`${outageURL}/api/health`).then((r) => r.status, () => 0), { timeout: 30_000 }).toBe(200);
});

test.afterAll(() => {
  server?.kill("SIGTERM");
});

test.describe("during a database outage", () => {
  test.use({ account: "rita" });

  test("a signed-in page shows the app's error page", async ({ page }) => {
    // The session cookie from the main server (same secret, same host) is valid here too.
    await page.goto(`${outageURL}/`);
    await expect(page.getByRole("alert").filter({ hasText: "Something went wrong" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Try again" })).toBeVisible();
  });

  test("the API answers 503 with Retry-After in the JSON error shape; readiness fails, liveness holds", async ({ page }) => {
    const api = await request.newContext({ baseURL: outageURL, storageState: await page.context().storageState() });
    try {
      // Cookie routes take JSON from the app's own origin only (lib/security/same-origin.ts).
      const move = await api.post("/api/v1/deals/any/move", { data: { toStageId: "s", version: 1 }, headers: { origin: outageURL } });
      expect(move.status()).toBe(503);
      expect(move.headers()["retry-after"]).toBe("5");
      expect(await move.json()).toEqual({ error: { code: "SERVICE_UNAVAILABLE", message: expect.any(String) } });

      const events = await api.post("/api/v1/events", { data: { events: [] }, headers: { authorization: "Bearer vk_live_00000000000000000000000000000000" } });
      expect(events.status()).toBe(503);
      expect((await events.json()).error.code).toBe("SERVICE_UNAVAILABLE");

      const ready = await api.get("/api/ready");
      expect(ready.status()).toBe(503);
      expect(ready.headers()["retry-after"]).toBe("5");
      expect(await ready.json()).toMatchObject({ ready: false, checks: { database: { ok: false }, migrations: { ok: false } } });
      expect((await api.get("/api/health")).status()).toBe(200);
    } finally {
      await api.dispose();
    }
  });
});
