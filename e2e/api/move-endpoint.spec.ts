// The REST move endpoint answers in one JSON error shape and writes nothing on bad input. It is
// cookie-authenticated, so its callers send the app's Origin (e2e/security/csrf.spec.ts).
import { request } from "@playwright/test";
import { expect, test } from "../fixtures/test";
import { signInWithApi } from "../fixtures/auth";

test("POST /api/v1/deals/:id/move: 401 signed out, 415 not JSON, 400 bad input, 403 another rep's deal, 409 stale, 200 moved", async ({ seed, baseURL }) => {
  const pipeline = await seed.pipeline(0);
  const deal = await seed.deal({ owner: "rita", stage: 0 });
  const url = `/api/v1/deals/${deal.id}/move`;
  const move = { toStageId: pipeline.stages[1].id, version: 1 };

  const anonymous = await request.newContext({ baseURL, extraHTTPHeaders: { Origin: baseURL! } });
  const signedOut = await anonymous.post(url, { data: move });
  expect(signedOut.status()).toBe(401);
  expect((await signedOut.json()).error.code).toBe("UNAUTHENTICATED");
  await anonymous.dispose();

  const roman = await request.newContext({ baseURL, extraHTTPHeaders: { Origin: baseURL! } });
  await signInWithApi(roman, "roman");
  const forbidden = await roman.post(url, { data: move });
  expect(forbidden.status()).toBe(403);
  await roman.dispose();

  const rita = await request.newContext({ baseURL, extraHTTPHeaders: { Origin: baseURL! } });
  await signInWithApi(rita, "rita");
  const notJson = await rita.post(url, { data: "stage two please", headers: { "content-type": "text/plain" } });
  expect(notJson.status()).toBe(415);
  expect((await notJson.json()).error.message).toMatch(/JSON/);
  const notAnObject = await rita.post(url, { data: "[1, 2]", headers: { "content-type": "application/json" } });
  expect(notAnObject.status()).toBe(400);
  expect((await notAnObject.json()).error.message).toMatch(/JSON object/);
  const badVersion = await rita.post(url, { data: { toStageId: pipeline.stages[1].id, version: "one" } });
  expect(badVersion.status()).toBe(400);
  expect((await badVersion.json()).error.fields).toHaveProperty("version");
  expect(await seed.dealState(deal.id)).toMatchObject({ stageId: pipeline.stages[0].id, version: 1, transitions: 1 });

  const stale = await rita.post(url, { data: { ...move, version: 7 } });
  expect(stale.status()).toBe(409);
  const moved = await rita.post(url, { data: move });
  expect(moved.status()).toBe(200);
  expect(await moved.json()).toMatchObject({ id: deal.id, stageId: pipeline.stages[1].id, version: 2 });
  expect(await seed.dealState(deal.id)).toMatchObject({ stageId: pipeline.stages[1].id, version: 2, transitions: 2 });
  await rita.dispose();
});
