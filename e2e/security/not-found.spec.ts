// Unknown ids answer a real 404 (not a 200 carrying the not-found page), with the page's own
// not-found text; known ids still answer 200. Checked on the raw HTTP status of a full page load.
import { request } from "@playwright/test";
import { expect, test } from "../fixtures/test";
import { signInWithApi } from "../fixtures/auth";
import { seedPerson } from "../people/person-fixture";

test("every [id] page answers 404 for an unknown id and 200 for a known one", async ({ seed, baseURL }) => {
  const pipeline = await seed.pipeline(0);
  const deal = await seed.deal({ owner: "rita", stage: 0 });
  const person = await seedPerson(seed, { owner: "rita", events: 1 });
  const automation = await seed.db.automation.findFirstOrThrow({ select: { id: true } });
  const admin = await request.newContext({ baseURL });
  await signInWithApi(admin, "admin");
  try {
    const pages: [string, string, string][] = [
      ["/deals/", deal.id, "This deal does not exist."],
      ["/people/", person.id, "This person does not exist"],
      ["/pipelines/", pipeline.id, "This pipeline does not exist."],
      ["/settings/automations/", automation.id, "This automation does not exist"],
    ];
    for (const [prefix, id, text] of pages) {
      const missing = await admin.get(`${prefix}no-such-id-${Date.now()}`);
      expect(missing.status(), `${prefix}<unknown>`).toBe(404);
      expect(await missing.text()).toContain(text);
      expect((await admin.get(`${prefix}${id}`)).status(), `${prefix}<known>`).toBe(200);
    }
  } finally {
    await admin.dispose();
    await person.remove();
  }
});

test("a merged profile's address redirects to the person it was merged into (an HTTP redirect)", async ({ seed, baseURL }) => {
  const kept = await seedPerson(seed, { owner: "rita", events: 1, label: "Kept" });
  const merged = await seed.db.person.create({ data: { name: "E2E merged away", mergedIntoId: kept.id }, select: { id: true } });
  const rita = await request.newContext({ baseURL });
  await signInWithApi(rita, "rita");
  try {
    const response = await rita.get(`/people/${merged.id}`, { maxRedirects: 0 });
    expect(response.status()).toBe(307);
    expect(response.headers()["location"]).toBe(`/people/${kept.id}`);
  } finally {
    await rita.dispose();
    await seed.db.person.delete({ where: { id: merged.id } });
    await kept.remove();
  }
});
