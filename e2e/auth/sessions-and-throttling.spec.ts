// Against `next start`: every way out revokes the session, a revoked cookie reads as signed out
// everywhere, and sign-in throttling counts the socket address, not X-Forwarded-For.
import { request, type APIRequestContext } from "@playwright/test";
import { expect, test } from "../fixtures/test";
import { resetLoginRateLimits, signInWithApi } from "../fixtures/auth";
import { e2eDb } from "../fixtures/db";
import { USERS } from "../fixtures/users";

const MAX_FAILURES_PER_IP = 30; // lib/auth/verify-credentials.ts

async function csrf(api: APIRequestContext): Promise<string> {
  return ((await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string }).csrfToken;
}

/** Where a revoked cookie must read as signed out: next-auth's session, a REST route, a page. */
async function expectSignedOut(baseURL: string, cookies: Awaited<ReturnType<APIRequestContext["storageState"]>>, pipelineId: string, stageId: string) {
  const replay = await request.newContext({ baseURL, storageState: cookies });
  try {
    expect(await (await replay.get("/api/auth/session")).json()).toBeNull();
    const move = await replay.post("/api/v1/deals/x/move", { data: { toStageId: stageId, version: 1 }, headers: { origin: baseURL } });
    expect(move.status()).toBe(401);
    const page = await replay.get(`/pipelines/${pipelineId}`);
    expect(new URL(page.url()).pathname).toBe("/sign-in");
  } finally {
    await replay.dispose();
  }
}

test.describe("sessions", () => {
  test.beforeEach(async () => {
    await resetLoginRateLimits();
  });

  test("next-auth's own POST /api/auth/signout revokes the session", async ({ baseURL, seed }) => {
    const pipeline = await seed.pipeline(0);
    const api = await request.newContext({ baseURL });
    await signInWithApi(api, "rita");
    const before = await api.storageState();
    expect(await (await api.get("/api/auth/session")).json()).toMatchObject({ user: { email: USERS.rita.email } });

    const out = await api.post("/api/auth/signout", { form: { csrfToken: await csrf(api), callbackUrl: "/sign-in" }, maxRedirects: 0 });
    expect(out.status()).toBe(302);
    await api.dispose();

    await expectSignedOut(baseURL!, before, pipeline.id, pipeline.stages[1].id);
  });

  test("after the app's sign-out button, the old cookie reads as signed out at /api/auth/session too", async ({ page, baseURL, seed }) => {
    const pipeline = await seed.pipeline(0);
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(USERS.rita.email);
    await page.getByLabel("Password").fill(USERS.rita.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByTestId("current-user")).toHaveText("Rita Rep");
    const before = await page.context().storageState();

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in$/);

    await expectSignedOut(baseURL!, before, pipeline.id, pipeline.stages[1].id);
  });
});

test.describe("sign-in throttling", () => {
  test.beforeEach(async () => {
    await resetLoginRateLimits();
  });
  test.afterEach(async () => {
    await resetLoginRateLimits();
  });

  test("rotating X-Forwarded-For gives no extra attempts: the socket address is counted", async ({ baseURL }) => {
    for (let i = 0; i < MAX_FAILURES_PER_IP; i++) {
      const api = await request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": `10.9.${i}.1`, "x-voronka-client-ip": `10.8.${i}.1` } });
      const response = await api.post("/api/auth/callback/credentials", {
        form: { csrfToken: await csrf(api), email: `nobody${i}@voronka.dev`, password: "Summer2026!", callbackUrl: "/" },
        headers: { accept: "application/json" },
        maxRedirects: 0,
      });
      expect(response.status()).toBe(302);
      await api.dispose();
    }
    const api = await request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": "10.9.255.1" } });
    const refused = await api.post("/api/auth/callback/credentials", {
      form: { csrfToken: await csrf(api), email: USERS.rita.email, password: USERS.rita.password, callbackUrl: "/" },
      headers: { accept: "application/json" },
      maxRedirects: 0,
    });
    expect(refused.status()).toBe(429);
    expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(0);
    expect((await refused.json()).error.code).toBe("RATE_LIMITED");
    expect(await (await api.get("/api/auth/session")).json()).toBeNull();
    await api.dispose();

    const keys = await e2eDb().rateLimit.findMany({ where: { key: { startsWith: "login:ip:" } }, select: { key: true, count: true } });
    expect(keys).toEqual([{ key: "login:ip:127.0.0.1", count: MAX_FAILURES_PER_IP }]);
  });

  test("the sign-in form says how long to wait", async ({ page }) => {
    await e2eDb().loginBackoff.create({
      data: { key: `login:backoff:127.0.0.1/${USERS.rita.email}`, failures: 12, retryAt: new Date(Date.now() + 10 * 60_000 - 5_000), expiresAt: new Date(Date.now() + 86_400_000) },
    });
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(USERS.rita.email);
    await page.getByLabel("Password").fill(USERS.rita.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.locator("form").getByRole("alert")).toHaveText("Too many failed attempts. Try again in 10 minutes.");
    await expect(page).toHaveURL(/\/sign-in/);
  });
});
