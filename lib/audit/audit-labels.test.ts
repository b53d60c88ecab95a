import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { createTranslator } from "next-intl";
import { loadMessages } from "@/lib/i18n/load-messages";
import { LOCALES } from "@/lib/i18n/config";
import { auditActionLabel, auditEntityLabel, auditFieldLabel, auditValueLabel } from "./audit-labels";

type AuditT = Parameters<typeof auditActionLabel>[0];

// Every code any file in lib/ hands to the audit log, found by reading the source: a new
// `writeAuditLog(tx, { action: "thing.do" … })` without messages in both languages fails here.
function codesInLib(): { actions: Set<string>; entities: Set<string> } {
  const actions = new Set<string>();
  const entities = new Set<string>();
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? (e.name === "generated" ? [] : walk(join(dir, e.name))) : [join(dir, e.name)]));
  for (const file of walk("lib")) {
    if (!file.endsWith(".ts") || file.endsWith(".test.ts")) continue;
    const text = readFileSync(file, "utf8");
    if (!/writeAuditLog\(|auditLog\.create\(/.test(text)) continue;
    for (const line of text.split("\n")) {
      if (/\baction:/.test(line)) for (const m of line.matchAll(/"([a-z][A-Za-z]*\.[a-z][A-Za-z]*)"/g)) actions.add(m[1]);
      if (/\bentity:/.test(line)) for (const m of line.matchAll(/entity: "([A-Z][A-Za-z]*)"/g)) entities.add(m[1]);
    }
  }
  return { actions, entities };
}

it("finds the audit codes in lib/ (the scan itself works)", () => {
  const { actions, entities } = codesInLib();
  expect(actions).toContain("apiKey.create");
  expect(actions).toContain("user.deactivate"); // written in a ternary
  expect(actions).toContain("person.mergeSuggest");
  expect(entities).toContain("ApiKey");
  expect(actions.size).toBeGreaterThan(30);
});

it.each(LOCALES)("words every audit action and entity written in lib/ (%s)", async (locale) => {
  const messages = await loadMessages(locale);
  const t = createTranslator({ locale, messages, namespace: "settings.audit" }) as unknown as AuditT;
  const { actions, entities } = codesInLib();
  const unworded = [...[...actions].filter((a) => !t.has(`actions.${a}`)), ...[...entities].filter((e) => !t.has(`entities.${e}`))];
  expect(unworded).toEqual([]);
  if (locale === "ru") for (const a of actions) expect(auditActionLabel(t, a)).toMatch(/[а-яё]/i);
});

it("shows an unknown code as itself", async () => {
  const t = createTranslator({ locale: "ru", messages: await loadMessages("ru"), namespace: "settings.audit" }) as unknown as AuditT;
  expect(auditActionLabel(t, "gone.away")).toBe("gone.away");
  expect(auditActionLabel(t, "apiKey.create")).toBe("Создан API-ключ");
  expect(auditEntityLabel(t, "ApiKey")).toBe("API-ключ");
});

it("words an entry's fields and values: yes/no, enum codes, dates; unknown ones stay as they are", async () => {
  const t = createTranslator({ locale: "ru", messages: await loadMessages("ru"), namespace: "settings.audit" }) as unknown as AuditT;
  const day = (d: Date) => d.toISOString().slice(0, 10);
  expect(auditFieldLabel(t, "mergesKnownPeople")).toBe("может объединять известных людей");
  expect(auditFieldLabel(t, "someNewField")).toBe("someNewField");
  expect(auditValueLabel(t, false, day)).toBe("нет");
  expect(auditValueLabel(t, "PUBLIC", day)).toBe("публичный (сайт)");
  expect(auditValueLabel(t, "NEW_CODE", day)).toBe("NEW_CODE");
  expect(auditValueLabel(t, "2026-12-04T20:44:16.752Z", day)).toBe("2026-12-04");
  expect(auditValueLabel(t, "Website tracker", day)).toBe("Website tracker");
  expect(auditValueLabel(t, undefined, day)).toBe("—");
  expect(auditValueLabel(t, 25, day)).toBe("25");
});
