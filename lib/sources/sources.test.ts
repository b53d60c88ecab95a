import fs from "node:fs";
import path from "node:path";
import { beforeEach, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetDatabase, migrationsDir, testDbProvider } from "@/lib/testing/test-db";
import { buildWorld, makeDeal, type World } from "@/lib/testing/fixtures";
import { expectAppError } from "@/lib/testing/db-state";
import { createSource } from "./create-source";
import { updateSource } from "./update-source";
import { setSourceActive } from "./set-source-active";
import { reorderSources } from "./reorder-sources";
import { listSources } from "./list-sources";
import { labelOfSource, sourceLabelMap } from "./source-labels";

let w: World;
beforeEach(async () => {
  await resetDatabase(db);
  w = await buildWorld();
});

/** The data statements of the migration that introduced the list, run as an upgrade would. */
async function runSourcesMigrationData() {
  const dir = fs.readdirSync(migrationsDir(testDbProvider())).find((d) => d.endsWith("_lead_sources"));
  const sql = fs.readFileSync(path.join(migrationsDir(testDbProvider()), dir!, "migration.sql"), "utf8");
  const data = sql.slice(sql.indexOf("-- Existing codes"));
  for (const statement of data.split(/;\s*\n/).map((s) => s.replace(/^--.*$/gm, "").trim()).filter(Boolean)) await db.$executeRawUnsafe(statement);
}

it("the migration turns the codes on existing deals and events into labelled sources", async () => {
  await makeDeal(w.rep, { pipelineId: w.pipeline.id, source: "yandex" });
  await makeDeal(w.rep, { pipelineId: w.pipeline.id, source: "ads" });
  await makeDeal(w.rep, { pipelineId: w.pipeline.id, source: "mystery_fair" });
  const person = await db.person.create({ data: { name: "Анна" } });
  await db.event.create({ data: { externalId: "e1", personId: person.id, type: "page_view", channel: "vk", occurredAt: new Date() } });
  await runSourcesMigrationData();

  const sources = await listSources({ actor: w.rep });
  expect(sources.map((s) => s.code)).toEqual(["ads", "organic", "referral", "email", "social", "direct", "partner", "mystery_fair", "vk", "yandex"]);
  const ru = sourceLabelMap(sources, "ru");
  expect([ru.ads, ru.yandex, ru.vk, ru.mystery_fair]).toEqual(["Реклама", "Яндекс", "ВКонтакте", "mystery_fair"]);
  expect(sourceLabelMap(sources, "en").organic).toBe("Organic search");
});

it("an admin adds, renames, reorders and archives sources, each change audited", async () => {
  const a = await createSource({ actor: w.admin, input: { code: " Yandex_Direct ", labelEn: "Yandex Direct", labelRu: "Яндекс Директ" } });
  const b = await createSource({ actor: w.admin, input: { code: "fair", labelEn: "Trade fair", labelRu: "Выставка" } });
  expect(a.code).toBe("yandex_direct");
  await updateSource({ actor: w.admin, input: { id: b.id, labelEn: "Trade show", labelRu: "Выставка" } });
  await reorderSources({ actor: w.admin, input: { ids: [b.id, a.id] } });
  await setSourceActive({ actor: w.admin, input: { id: a.id, active: false } });

  const sources = await listSources({ actor: w.rep });
  expect(sources.map((s) => [s.code, s.labelEn, s.active])).toEqual([
    ["fair", "Trade show", true],
    ["yandex_direct", "Yandex Direct", false],
  ]);
  const audit = await db.auditLog.findMany({ orderBy: { createdAt: "asc" }, select: { action: true, entity: true } });
  expect(audit.map((r) => r.action)).toEqual(["source.create", "source.create", "source.update", "source.reorder", "source.archive"]);
  expect(new Set(audit.map((r) => r.entity))).toEqual(new Set(["Source"]));
});

it("refuses a duplicate or malformed code and a non-admin, writing nothing", async () => {
  await createSource({ actor: w.admin, input: { code: "fair", labelEn: "Fair", labelRu: "Выставка" } });
  await expectAppError(createSource({ actor: w.admin, input: { code: "fair", labelEn: "Again", labelRu: "Снова" } }), "CONFLICT");
  await expectAppError(createSource({ actor: w.admin, input: { code: "пробел нельзя", labelEn: "X", labelRu: "Х" } }), "VALIDATION");
  await expectAppError(createSource({ actor: w.admin, input: { code: "ok", labelEn: "", labelRu: "Х" } }), "VALIDATION");
  await expectAppError(createSource({ actor: w.head, input: { code: "head", labelEn: "Head", labelRu: "Руководитель" } }), "FORBIDDEN");
  expect(await db.leadSource.count()).toBe(1);
});

it("a code that is not in the list shows as itself", () => {
  expect(labelOfSource({ ads: "Реклама" }, "ads")).toBe("Реклама");
  expect(labelOfSource({ ads: "Реклама" }, "toString")).toBe("toString");
});
