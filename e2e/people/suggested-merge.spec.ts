// Issue 12, item 2: a website (public) key's event claiming person A's email with person B's phone
// merges nobody; a head finds the suggestion on the People page, compares both profiles on the
// person page and confirms the merge. Reps see no suggestion.
import { request } from "@playwright/test";
import { test, expect } from "./fixtures";
import { cleanUp, createKey } from "../ingest/keys";
import { seriousViolations } from "../fixtures/axe";
import type { SeededPerson } from "./person-fixture";
import type { Seed } from "../fixtures/seed";

/** Two known people (A older), and one event from a public key with A's email and B's phone. */
async function claimBoth(seed: Seed, baseURL: string, a: SeededPerson, b: SeededPerson, keyName: string) {
  await seed.db.person.update({ where: { id: a.id }, data: { createdAt: new Date(Date.now() - 30 * 86_400_000) } });
  const phone = `+7900${String(Date.now()).slice(-7)}`;
  await seed.db.identity.create({ data: { personId: b.id, kind: "PHONE", value: phone } });
  const key = await createKey(keyName);
  const api = await request.newContext({ baseURL });
  const eventId = `e2e-claim-${Date.now()}`;
  // As track.js sends it: the key in the body of a text/plain request.
  const sent = await api.post("/api/v1/events", {
    headers: { "content-type": "text/plain" },
    data: JSON.stringify({ key: key.secret, events: [{ id: eventId, type: "form_submit", occurredAt: new Date().toISOString(), identities: { email: a.email, phone } }] }),
  });
  expect(sent.status()).toBe(200);
  await api.dispose();
  return { phone, eventId };
}

test.describe("a suggested merge", () => {
  test.use({ account: "head" });

  test("moves nothing until a head reviews both profiles side by side and confirms", async ({ page, seed, makePerson, baseURL }) => {
    const keyName = `E2E public key ${Date.now()}`;
    try {
      const a = await makePerson({ owner: "rita", events: 3, label: "Anna" });
      const b = await makePerson({ owner: "rita", events: 2, label: "Boris" });
      const { phone, eventId } = await claimBoth(seed, baseURL!, a, b, keyName);

      // Nothing moved: both profiles live, B keeps its phone and deal.
      expect(await seed.db.person.count({ where: { id: { in: [a.id, b.id] }, mergedIntoId: null } })).toBe(2);
      expect((await seed.db.identity.findFirstOrThrow({ where: { kind: "PHONE", value: phone } })).personId).toBe(b.id);
      expect((await seed.db.deal.findUniqueOrThrow({ where: { id: b.dealId } })).personId).toBe(b.id);
      const suggestion = await seed.db.mergeSuggestion.findFirstOrThrow({ where: { eventId } });
      expect(suggestion.status).toBe("OPEN");

      // The People page lists it for heads; Review opens one of the two people.
      await page.goto("/people");
      const panel = page.getByTestId("merge-suggestions-panel");
      await panel.getByText(/suggested merge/).click();
      const item = panel.getByRole("listitem").filter({ hasText: a.name }).filter({ hasText: b.name });
      await expect(item).toContainText(phone);
      expect(await seriousViolations(page)).toEqual([]);

      // Review from B's page: B is this profile, A (older) stays.
      await page.goto(`/people/${b.id}`);
      const notice = page.getByTestId("merge-suggestion");
      await expect(notice).toContainText(`Possibly the same person as ${a.name}`);
      await expect(notice).toContainText(phone);
      await notice.getByTestId("merge-suggestion-review").click();
      const dialog = page.getByRole("dialog", { name: "Same person?" });
      const kept = dialog.getByTestId("merge-kept");
      const merged = dialog.getByTestId("merge-merged");
      await expect(kept).toContainText(a.name);
      await expect(kept).toContainText("Stays");
      await expect(kept).toContainText(a.email);
      await expect(merged).toContainText(b.name);
      await expect(merged).toContainText("This profile");
      await expect(merged).toContainText(phone);
      expect(await seriousViolations(page)).toEqual([]);

      await dialog.getByTestId("merge-suggestion-confirm").click();
      await expect(page).toHaveURL(new RegExp(`/people/${a.id}$`));
      await expect(page.getByText("Profiles merged")).toBeVisible();
      await expect(page.getByTestId("identities")).toContainText(phone);
      await expect(page.getByTestId("person-deals")).toContainText(b.dealTitle);
      await expect(page.getByTestId("merge-suggestion")).toHaveCount(0);

      expect(await seed.db.person.findUniqueOrThrow({ where: { id: b.id }, select: { mergedIntoId: true } })).toEqual({ mergedIntoId: a.id });
      const head = await seed.user("head");
      expect(await seed.db.mergeSuggestion.findUniqueOrThrow({ where: { id: suggestion.id } })).toMatchObject({ status: "CONFIRMED", decidedById: head.id });
      const audit = await seed.db.auditLog.findFirstOrThrow({ where: { action: "person.merge", entityId: a.id } });
      expect(JSON.parse(audit.data)).toMatchObject({ reason: "suggested merge", suggestionId: suggestion.id, merged: [{ id: b.id }] });
    } finally {
      await cleanUp({ keyNames: [keyName] });
    }
  });
});

test.describe("for a sales rep", () => {
  test.use({ account: "rita" });

  test("shows no suggestion, on the person page or the People page", async ({ page, seed, makePerson, baseURL }) => {
    const keyName = `E2E public key ${Date.now()}`;
    try {
      const a = await makePerson({ owner: "rita", events: 1, label: "Anna" });
      const b = await makePerson({ owner: "rita", events: 1, label: "Boris" });
      await claimBoth(seed, baseURL!, a, b, keyName);
      await page.goto(`/people/${b.id}`);
      await expect(page.getByRole("heading", { level: 1, name: b.name })).toBeVisible();
      await expect(page.getByTestId("merge-suggestion")).toHaveCount(0);
      await page.goto("/people");
      await expect(page.getByTestId("people-count")).toBeVisible();
      await expect(page.getByTestId("merge-suggestions-panel")).toHaveCount(0);
    } finally {
      await cleanUp({ keyNames: [keyName] });
    }
  });
});
