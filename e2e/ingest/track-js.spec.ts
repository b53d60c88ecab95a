// public/track.js on a website of another origin (a page the test serves itself): page views, custom events and identify()
// reach the event API across origins and become one person.
import { request } from "@playwright/test";
import { expect, test } from "../fixtures/test";
import { e2eDb } from "../fixtures/db";
import { cleanUp, createKey } from "./keys";

test("a shop page sends page views, a cart and an identify call that tie the visitor to an email", async ({ page, context, baseURL }) => {
  const name = `E2E tracker ${Date.now()}`;
  const email = `e2e-track-${Date.now()}@example.com`;
  const { secret } = await createKey(name);
  // Another origin than the app (localhost vs 127.0.0.1): the page is served by the test itself.
  const SHOP = baseURL!.replace("127.0.0.1", "localhost");
  // The test's page has no real address, so Chromium asks before it may reach 127.0.0.1; a
  // public website talking to a public Voronka needs no such permission.
  await context.grantPermissions(["local-network-access"]);
  try {
    const html = `<!doctype html><html lang="en"><head><title>Espresso machine</title></head><body><h1>Espresso machine</h1>
      <script>window.voronka = window.voronka || function () { (voronka.q = voronka.q || []).push(arguments) };</script>
      <script src="${baseURL}/track.js" data-key="${secret}" async></script></body></html>`;
    await page.route(`${SHOP}/shop/**`, (route) => route.fulfill({ status: 200, contentType: "text/html", body: html }));
    const posted = page.waitForResponse((r) => r.url().endsWith("/api/v1/events") && r.request().method() === "POST");
    await page.goto(`${SHOP}/shop/espresso?utm_source=yandex&utm_medium=cpc&utm_campaign=coffee`);
    expect((await posted).status()).toBe(200);

    const anon = await page.evaluate(() => localStorage.getItem("vk_aid"));
    expect(anon).toMatch(/^v_[0-9a-f]{20}$/);
    const second = page.waitForResponse((r) => r.url().endsWith("/api/v1/events") && r.request().method() === "POST");
    await page.evaluate((address) => {
      const v = (window as unknown as { voronka: (...a: unknown[]) => void }).voronka;
      v("track", "cart_add", { sku: "ESPRE-1", price: 42000 });
      v("identify", { email: address, name: "Ирина Покупатель" });
    }, email);
    expect(await (await second).json()).toEqual({ accepted: 2, duplicates: 0, rejected: [] });

    const db = e2eDb();
    const identity = await db.identity.findUniqueOrThrow({ where: { kind_value: { kind: "ANON_ID", value: anon! } } });
    const person = await db.person.findUniqueOrThrow({ where: { id: identity.personId }, include: { identities: true, events: { orderBy: { occurredAt: "asc" } } } });
    expect(person.name).toBe("Ирина Покупатель");
    expect(person.firstTouchChannel).toBe("ads");
    expect(person.identities.map((i) => i.kind).sort()).toEqual(["ANON_ID", "EMAIL"]);
    expect(person.events.map((e) => e.type)).toEqual(["page_view", "cart_add", "identify"]);
    expect(person.events[0]).toMatchObject({ utmSource: "yandex", utmMedium: "cpc", utmCampaign: "coffee" });
    expect(person.score).toBeGreaterThan(0);

    // Browsers ask first before sending an Authorization header across origins.
    const api = await request.newContext({ baseURL });
    const preflight = await api.fetch("/api/v1/events", {
      method: "OPTIONS",
      headers: { origin: SHOP, "access-control-request-method": "POST", "access-control-request-headers": "authorization,content-type" },
    });
    expect(preflight.status()).toBe(204);
    expect(preflight.headers()["access-control-allow-origin"]).toBe("*");
    expect(preflight.headers()["access-control-allow-headers"]).toMatch(/Authorization/i);
    await api.dispose();
  } finally {
    await cleanUp({ keyNames: [name], emails: [email] });
  }
});
