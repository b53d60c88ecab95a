import { describe, expect, it } from "vitest";
import { LOCALES } from "./config";
import { loadMessages } from "./load-messages";

/** Every leaf key of a message tree, as "a.b.c". */
function leafKeys(tree: unknown, prefix = ""): string[] {
  if (typeof tree !== "object" || tree === null) return [prefix];
  return Object.entries(tree).flatMap(([key, value]) => leafKeys(value, prefix ? `${prefix}.${key}` : key));
}

describe("messages", () => {
  it("every locale has exactly the same keys (no screen falls back to a raw key in Russian)", async () => {
    const [first, ...others] = await Promise.all(LOCALES.map(async (locale) => leafKeys(await loadMessages(locale)).sort()));
    for (const keys of others) expect(keys).toEqual(first);
  });

  it("the accounts area's placeholders are the same in both languages", async () => {
    const [en, ru] = await Promise.all([loadMessages("en"), loadMessages("ru")]);
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)/g)].map((m) => m[1]).sort();
    const pick = (tree: unknown, key: string) => key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], tree) as string;
    for (const key of leafKeys(en.accounts, "accounts")) expect(placeholders(pick(ru, key)), key).toEqual(placeholders(pick(en, key)));
  });
});
