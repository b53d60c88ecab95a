// Issue 17: a Russian user's screens show words, not internal codes. Signed in as the head and as
// the admin with the Russian locale, walk the main screens and scan the visible text (HTML and chart
// SVG) for audit action codes, model names, event-type codes, source codes and message keys.
import type { Page } from "@playwright/test";
import { test, expect } from "../fixtures/test";
import { e2eDb } from "../fixtures/db";
import enSettings from "../../lib/i18n/messages/en/settings.json";
import enTimeline from "../../lib/i18n/messages/en/timeline.json";

const flatten = (node: Record<string, unknown>, prefix = ""): string[] =>
  Object.entries(node).flatMap(([k, v]) => (typeof v === "object" && v ? flatten(v as Record<string, unknown>, `${prefix}${k}.`) : [`${prefix}${k}`]));

const AUDIT_ACTIONS = flatten(enSettings.audit.actions);
const ENTITIES = Object.keys(enSettings.audit.entities).filter((e) => /[a-z][A-Z]/.test(e) || ["Automation", "Pipeline", "Setting"].includes(e));
const EVENT_TYPES = Object.keys(enTimeline.events).filter((k) => k.includes("_"));
const AREAS = ["frame", "board", "people", "timeline", "notes", "tasks", "events", "analytics", "forecast", "settings", "automations", "validation", "addDeal", "deal"];
const MESSAGE_KEY = new RegExp(`\\b(?:${AREAS.join("|")})\\.[a-z][A-Za-z]*(?:\\.[A-Za-z_]+)*\\b`, "g");

let sourceCodes: string[] = [];
test.beforeAll(async () => {
  const db = e2eDb();
  sourceCodes = (await db.leadSource.findMany({ select: { code: true } })).map((s) => s.code);
  // Audit rows for every action the code base writes, so the audit log shows each of them.
  const admin = await db.user.findFirstOrThrow({ where: { role: "ADMIN" }, select: { id: true } });
  const entityOf = (action: string) => ({ apiKey: "ApiKey", lossReason: "LossReason", person: "Person", scoring: "Setting", user: "User", deal: "Deal", stage: "Stage", pipeline: "Pipeline", automation: "Automation", source: "Source" })[action.split(".")[0]] ?? "Setting";
  await db.auditLog.deleteMany({ where: { entityId: "e2e-walkthrough" } });
  await db.auditLog.createMany({ data: AUDIT_ACTIONS.map((action) => ({ actorId: admin.id, action, entity: entityOf(action), entityId: "e2e-walkthrough", data: "{}" })) });
});

async function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => {
    // UTM tags are what the marketer typed into a link (utm_medium=email): shown verbatim, on purpose.
    const hidden = [...document.querySelectorAll<HTMLElement>("[data-verbatim]")];
    for (const el of hidden) el.style.display = "none";
    const svg = [...document.querySelectorAll("svg text")].map((t) => t.textContent ?? "").join("\n");
    const text = `${document.body.innerText}\n${svg}`;
    for (const el of hidden) el.style.display = "";
    return text;
  });
}

/** The codes on this page: empty when every one of them is worded. */
async function codesOn(page: Page, options: { sources?: boolean } = {}): Promise<string[]> {
  await page.waitForLoadState("networkidle");
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  const text = await visibleText(page);
  const found = new Set<string>();
  if (text.includes("MISSING_MESSAGE")) found.add("MISSING_MESSAGE");
  for (const m of text.matchAll(MESSAGE_KEY)) found.add(m[0]);
  const word = (code: string) => new RegExp(`(^|[^\\p{L}\\p{N}_.-])${code.replace(/[.]/g, "\\.")}(?=$|[^\\p{L}\\p{N}_-])`, "u");
  for (const code of [...AUDIT_ACTIONS, ...ENTITIES, ...EVENT_TYPES]) if (word(code).test(text)) found.add(code);
  if (options.sources !== false) for (const code of sourceCodes) if (word(code).test(text)) found.add(code);
  return [...found].sort();
}

const MAIN = ["/", "/people", "/tasks", "/analytics", "/analytics/funnel", "/analytics/time-in-stage", "/analytics/channels", "/forecast"];
const SETTINGS = ["/settings/pipelines", "/settings/loss-reasons", "/settings/users", "/settings/scoring", "/settings/automations", "/settings/audit", "/settings/outbox", "/settings/api-keys"];

for (const account of ["head", "admin"] as const) {
  test.describe(`in Russian, as ${account}`, () => {
    test.use({ account });
    test.beforeEach(async ({ context, baseURL }) => {
      await context.addCookies([{ name: "voronka-locale", value: "ru", url: baseURL! }]);
    });

    test("the main screens and a person show no internal codes or message keys", async ({ page }) => {
      test.setTimeout(180_000);
      const report: Record<string, string[]> = {};
      for (const path of MAIN) {
        await page.goto(path);
        report[path] = await codesOn(page);
      }
      // The person with the most events: their timeline shows every kind of event.
      const db = e2eDb();
      const busiest = await db.event.groupBy({ by: ["personId"], _count: { _all: true }, orderBy: { _count: { personId: "desc" } }, take: 1 });
      await page.goto(`/people/${busiest[0].personId}`);
      await expect(page.getByTestId("person-channels")).toBeVisible();
      report.person = await codesOn(page);
      expect(report).toEqual(Object.fromEntries(Object.keys(report).map((k) => [k, []])));
    });

    if (account === "admin") {
      test("the settings pages, audit log included, show no internal codes or message keys", async ({ page }) => {
        test.setTimeout(180_000);
        const report: Record<string, string[]> = {};
        for (const path of SETTINGS) {
          await page.goto(path);
          report[path] = await codesOn(page);
        }
        await page.goto("/settings/audit");
        await expect(page.getByTestId("audit-row").first()).toBeVisible();
        await expect(page.getByRole("cell", { name: "Создан API-ключ" }).first()).toBeVisible();
        // Settings → Sources shows each code beside its labels on purpose; only keys are checked there.
        await page.goto("/settings/sources");
        await expect(page.getByRole("heading", { level: 1, name: "Источники лидов" })).toBeVisible();
        report["/settings/sources"] = await codesOn(page, { sources: false });
        expect(report).toEqual(Object.fromEntries(Object.keys(report).map((k) => [k, []])));
      });
    }
  });
}
