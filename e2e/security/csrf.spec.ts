// Cross-site request forgery against a signed-in rep, from a page on another port of the same host
// (same site, so the SameSite=Lax session cookie rides along): the cookie-authenticated move route
// and server actions must refuse it, and the deal must not move.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { request } from "@playwright/test";
import { expect, test } from "../fixtures/test";
import { signInWithApi } from "../fixtures/auth";

test.use({ account: "rita" });

let attacker: Server;
let attackerOrigin: string;
/** The HTML the attacker's page serves next (one page per test). */
let attackPage = "";

test.beforeAll(async () => {
  attacker = createServer((_, res) => {
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    res.end(attackPage);
  });
  await new Promise<void>((resolve) => attacker.listen(0, "127.0.0.1", resolve));
  attackerOrigin = `http://127.0.0.1:${(attacker.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => attacker.close(resolve));
});

test("an auto-submitting text/plain form on another port cannot move the rep's deal", async ({ page, seed, baseURL }) => {
  const pipeline = await seed.pipeline(0);
  const deal = await seed.deal({ owner: "rita", stage: 0 });
  // A text/plain form sends "name=value": the name carries a JSON text, the value closes it.
  const json = JSON.stringify({ toStageId: pipeline.stages[1].id, version: 1, pad: "" }).slice(0, -2);
  attackPage = `<!doctype html><form id="f" method="POST" enctype="text/plain" action="${baseURL}/api/v1/deals/${deal.id}/move">
    <input type="hidden" name='${json}' value='"}'></form><script>document.getElementById("f").submit()</script>`;

  const answer = page.waitForResponse((r) => r.url().endsWith(`/api/v1/deals/${deal.id}/move`));
  await page.goto(`${attackerOrigin}/`);
  const response = await answer;
  // The browser did send the request with the rep's cookie and its own Origin.
  expect(response.request().headers()["origin"]).toBe(attackerOrigin);
  expect(response.status()).toBe(403);
  expect((await response.json()).error.code).toBe("CROSS_ORIGIN");
  expect(await seed.dealState(deal.id)).toMatchObject({ stageId: pipeline.stages[0].id, version: 1, transitions: 1 });
});

test("the move route takes JSON from the app's own origin only", async ({ seed, baseURL }) => {
  const pipeline = await seed.pipeline(0);
  const deal = await seed.deal({ owner: "rita", stage: 0 });
  const url = `/api/v1/deals/${deal.id}/move`;
  const body = JSON.stringify({ toStageId: pipeline.stages[1].id, version: 1 });
  const rita = await request.newContext({ baseURL });
  await signInWithApi(rita, "rita");
  const post = (headers: Record<string, string>) => rita.post(url, { data: body, headers });

  const foreign = await post({ "Content-Type": "application/json", Origin: attackerOrigin });
  expect(foreign.status()).toBe(403);
  expect((await foreign.json()).error.code).toBe("CROSS_ORIGIN");
  const noOrigin = await post({ "Content-Type": "application/json" });
  expect(noOrigin.status()).toBe(403);
  const sameSite = await post({ "Content-Type": "application/json", "Sec-Fetch-Site": "same-site" });
  expect(sameSite.status()).toBe(403);
  const plain = await post({ "Content-Type": "text/plain", Origin: baseURL! });
  expect(plain.status()).toBe(415);
  expect((await plain.json()).error.code).toBe("UNSUPPORTED_MEDIA_TYPE");
  const form = await post({ "Content-Type": "application/x-www-form-urlencoded", Origin: baseURL! });
  expect(form.status()).toBe(415);
  expect(await seed.dealState(deal.id)).toMatchObject({ stageId: pipeline.stages[0].id, version: 1, transitions: 1 });

  // The app's own pages: Origin, or (when a browser leaves it out) Sec-Fetch-Site.
  const moved = await post({ "Content-Type": "application/json; charset=utf-8", Origin: baseURL! });
  expect(moved.status()).toBe(200);
  const again = await rita.post(url, {
    data: JSON.stringify({ toStageId: pipeline.stages[2].id, version: 2 }),
    headers: { "Content-Type": "application/json", "Sec-Fetch-Site": "same-origin" },
  });
  expect(again.status()).toBe(200);
  expect(await seed.dealState(deal.id)).toMatchObject({ stageId: pipeline.stages[2].id, version: 3, transitions: 3 });
  await rita.dispose();
});

test("a server action called with a foreign Origin is refused with 403, and runs with the app's own", async ({ page, baseURL }) => {
  await page.goto("/");
  await expect(page.getByRole("group", { name: "Language" })).toBeVisible();
  // Capture a real server action call (the language switch) to replay it.
  const call = page.waitForRequest((r) => r.method() === "POST" && Boolean(r.headers()["next-action"]));
  await page.getByRole("group", { name: "Language" }).getByRole("button", { name: "English" }).click();
  const action = await call;
  const headers = { "Next-Action": action.headers()["next-action"], "Content-Type": action.headers()["content-type"] ?? "text/plain;charset=UTF-8", Accept: "text/x-component" };

  const foreign = await page.request.post(action.url(), { headers: { ...headers, Origin: attackerOrigin }, data: action.postData() ?? "" });
  expect(foreign.status()).toBe(403);
  const own = await page.request.post(action.url(), { headers: { ...headers, Origin: baseURL! }, data: action.postData() ?? "" });
  expect(own.status()).toBe(200);
});
