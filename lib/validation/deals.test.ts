import { describe, expect, it } from "vitest";
import { closeDealSchema, createDealSchema, editDealSchema, moveDealSchema, reopenDealSchema } from "./deals";

const firstMessage = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.success ? null : `${result.error!.issues[0].path.join(".")}: ${result.error!.issues[0].message}`;

describe("deal action schemas", () => {
  it("moveDealSchema: ids required, neighbours optional, version a positive integer", () => {
    expect(moveDealSchema.parse({ dealId: " d1 ", toStageId: "s1", version: 3 })).toEqual({ dealId: "d1", toStageId: "s1", version: 3 });
    expect(moveDealSchema.safeParse({ dealId: "d1", toStageId: "s1", previousId: null, nextId: "d2", version: 1 }).success).toBe(true);
    expect(firstMessage(moveDealSchema.safeParse({ dealId: "  ", toStageId: "s1", version: 1 }))).toBe("dealId: Required");
    expect(moveDealSchema.safeParse({ dealId: "d1", toStageId: "s1", version: 0 }).success).toBe(false);
    expect(moveDealSchema.safeParse({ dealId: "d1", toStageId: "s1", version: 1.5 }).success).toBe(false);
    expect(moveDealSchema.safeParse({ dealId: "d".repeat(65), toStageId: "s1", version: 1 }).success).toBe(false);
  });

  it("closeDealSchema: outcome WON or LOST, a bounded note", () => {
    expect(closeDealSchema.safeParse({ dealId: "d1", version: 1, outcome: "LOST", lossReasonId: "r1", lossNote: "дорого" }).success).toBe(true);
    expect(closeDealSchema.safeParse({ dealId: "d1", version: 1, outcome: "OPEN" }).success).toBe(false);
    expect(firstMessage(closeDealSchema.safeParse({ dealId: "d1", version: 1, outcome: "LOST", lossNote: "x".repeat(2001) }))).toBe(
      "lossNote: Keep the note under 2000 characters",
    );
  });

  it("reopenDealSchema", () => {
    expect(reopenDealSchema.safeParse({ dealId: "d1", version: 2 }).success).toBe(true);
    expect(reopenDealSchema.safeParse({ dealId: "d1" }).success).toBe(false);
  });

  it("createDealSchema: a new person's email is trimmed before it is checked", () => {
    const base = { title: "T", value: "10", currency: "RUB", pipelineId: "p1" };
    const ok = createDealSchema.safeParse({ ...base, newPerson: { name: "Maria", email: " maria@example.com " } });
    expect(ok.success && ok.data.newPerson?.email).toBe("maria@example.com");
    expect(firstMessage(createDealSchema.safeParse({ ...base, newPerson: { name: "Maria", email: "not-an-email" } }))).toBe(
      "newPerson.email: Enter a valid email",
    );
    expect(createDealSchema.safeParse({ ...base, newPerson: { name: "Maria", email: "  " } }).success).toBe(true);
  });

  it("editDealSchema: only the fields sent; typed money to minor units; a day or null; empty source is none", () => {
    const edit = (changes: Record<string, unknown>) => editDealSchema.safeParse({ dealId: "d1", version: 3, changes });
    const ok = edit({ value: "1 200,50", expectedCloseAt: "2026-12-31", source: "  " });
    expect(ok.success && ok.data.changes).toEqual({ value: 120_050, expectedCloseAt: new Date("2026-12-31T00:00:00.000Z"), source: null });
    expect(edit({ expectedCloseAt: null }).data?.changes).toEqual({ expectedCloseAt: null });
    expect(edit({ personId: null }).data?.changes).toEqual({ personId: null });
    expect(edit({ title: "  Новое  " }).data?.changes).toEqual({ title: "Новое" });
    expect(firstMessage(edit({}))).toBe("changes: Nothing to change");
    expect(firstMessage(edit({ title: "  " }))).toBe("changes.title: Give the deal a title");
    expect(firstMessage(edit({ value: "12abc" }))).toBe("changes.value: Enter an amount like 1200 or 1200.50");
    expect(firstMessage(edit({ currency: "GBP" }))).toMatch(/^changes\.currency: /);
    expect(firstMessage(edit({ expectedCloseAt: "not a date" }))).toBe("changes.expectedCloseAt: Enter a valid date");
    expect(firstMessage(edit({ expectedCloseAt: "3026-01-01" }))).toBe("changes.expectedCloseAt: Pick a date between 2000 and 2100");
    expect(firstMessage(edit({ source: "x".repeat(61) }))).toBe("changes.source: Keep the source under 60 characters");
    expect(editDealSchema.safeParse({ dealId: "d1", version: 0, changes: { title: "x" } }).success).toBe(false);
  });
});
