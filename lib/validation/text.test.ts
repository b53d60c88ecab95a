// Control characters (NUL above all: PostgreSQL refuses it in text, after the app had accepted it)
// are refused in every text input, by one helper, with one message in the user's language.
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { hasControlCharacters, multiLine, singleLine } from "./text";
import { closeDealSchema, createDealSchema, editDealSchema, moveDealSchema } from "./deals";
import { createNoteSchema, updateNoteSchema } from "./notes";
import { createTaskSchema } from "./tasks";
import { mergePeopleSchema, mergeSuggestionSchema, peopleListQuerySchema, timelinePageSchema, updatePersonSchema } from "./people";
import { addStageSchema, createPipelineSchema, createUserSchema, lossReasonSchema, renameLossReasonSchema, renamePipelineSchema, updateStageSchema } from "./settings";
import { automationInputSchema } from "./automations";
import { createApiKeySchema } from "./events";
import { boardFiltersSchema, loadMoreSchema } from "./board";
import { validationError } from "./validation-error";

const NUL = "\u0000";

function setPath(input: Record<string, unknown>, path: string, value: string): Record<string, unknown> {
  const copy = structuredClone(input);
  const keys = path.split(".");
  let node = copy as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[keys.at(-1)!] = value;
  return copy;
}

const automation = {
  name: "Брошенная корзина",
  trigger: { kind: "event", eventType: "cart_abandoned", conditions: { source: "ads" } },
  actions: [
    { kind: "create_task", title: "Позвонить" },
    { kind: "send_email", subject: "Вы забыли", body: "Здравствуйте!\nВы оставили товар." },
    { kind: "notify_head", title: "Горячий клиент" },
  ],
};

/** [schema, a valid input, every text field of it]. */
const CASES: [string, z.ZodType, Record<string, unknown>, string[]][] = [
  [
    "quick add deal",
    createDealSchema,
    { title: "Поставка", value: "10", currency: "RUB", pipelineId: "p1", source: "ads", newPerson: { name: "Мария", email: "m@example.com", phone: "+7 900", company: "ООО" } },
    ["title", "source", "pipelineId", "newPerson.name", "newPerson.email", "newPerson.phone", "newPerson.company"],
  ],
  ["lose a deal", closeDealSchema, { dealId: "d1", version: 1, outcome: "LOST", lossReasonId: "r1", lossNote: "Дорого" }, ["dealId", "lossReasonId", "lossNote"]],
  [
    "edit a deal",
    editDealSchema,
    { dealId: "d1", version: 1, changes: { title: "Поставка", source: "ads", ownerId: "u1", personId: "p1" } },
    ["dealId", "changes.title", "changes.source", "changes.ownerId", "changes.personId"],
  ],
  ["move a deal", moveDealSchema, { dealId: "d1", toStageId: "s1", previousId: "d0", nextId: "d2", version: 1 }, ["dealId", "toStageId", "previousId", "nextId"]],
  ["write a note", createNoteSchema, { personId: "p1", dealId: "d1", kind: "GENERAL", body: "Текст" }, ["personId", "dealId", "body"]],
  ["edit a note", updateNoteSchema, { noteId: "n1", body: "Текст" }, ["noteId", "body"]],
  ["add a task", createTaskSchema, { title: "Позвонить", personId: "p1", assigneeId: "u1" }, ["title", "personId", "assigneeId"]],
  [
    "edit a person",
    updatePersonSchema,
    { personId: "p1", name: "Мария", company: "ООО", ownerId: "u1", addIdentities: [{ kind: "ANON_ID", value: "v_1" }], removeIdentityIds: ["i1"] },
    ["personId", "name", "company", "ownerId", "addIdentities.0.value", "removeIdentityIds.0"],
  ],
  ["merge people", mergePeopleSchema, { personId: "p1", otherId: "p2" }, ["personId", "otherId"]],
  ["confirm a suggested merge", mergeSuggestionSchema, { suggestionId: "s1" }, ["suggestionId"]],
  ["page the timeline", timelinePageSchema, { personId: "p1", cursor: "c" }, ["personId", "cursor"]],
  ["new pipeline", createPipelineSchema, { name: "Продажи", firstStageName: "Новые" }, ["name", "firstStageName"]],
  ["rename pipeline", renamePipelineSchema, { id: "p1", name: "Продажи" }, ["id", "name"]],
  ["add a stage", addStageSchema, { pipelineId: "p1", name: "Демо" }, ["pipelineId", "name"]],
  ["edit a stage", updateStageSchema, { id: "s1", name: "Демо" }, ["id", "name"]],
  ["add a loss reason", lossReasonSchema, { label: "Дорого" }, ["label"]],
  ["rename a loss reason", renameLossReasonSchema, { id: "r1", label: "Дорого" }, ["id", "label"]],
  ["add a user", createUserSchema, { name: "Рита", email: "rita@example.com", role: "REP", password: "0123456789ab" }, ["name", "email"]],
  [
    "save an automation",
    automationInputSchema,
    automation,
    ["name", "trigger.eventType", "trigger.conditions.source", "actions.0.title", "actions.1.subject", "actions.1.body", "actions.2.title"],
  ],
  ["name an API key", createApiKeySchema, { name: "Сайт" }, ["name"]],
  ["load more cards", loadMoreSchema, { pipelineId: "p1", stageId: "s1", after: { rank: "a0", id: "d1" }, filters: { q: "x", owner: "me" } }, ["pipelineId", "stageId", "after.rank", "after.id", "filters.q", "filters.owner"]],
];

describe("every text input refuses control characters", () => {
  for (const [name, schema, valid, paths] of CASES) {
    it(`${name}: ${paths.join(", ")}`, () => {
      expect(schema.safeParse(valid).success).toBe(true);
      for (const path of paths) {
        const parsed = schema.safeParse(setPath(valid, path, `Да${NUL}нет`));
        expect(parsed.success, path).toBe(false);
        const fields = validationError(parsed.error!, "ru").details?.fields as Record<string, string>;
        expect(fields[path], path).toBe("Уберите из текста управляющие символы (например, NUL).");
      }
    });
  }
});

describe("URL filters drop a value with control characters instead of failing the page", () => {
  it("people list and board filters", () => {
    expect(peopleListQuerySchema.parse({ q: `Мария${NUL}`, owner: `me${NUL}` })).toMatchObject({ q: "", owner: undefined });
    expect(boardFiltersSchema.safeParse({ q: `x${NUL}` }).success).toBe(false);
  });
});

describe("singleLine and multiLine", () => {
  it("single-line text refuses every C0 and C1 control, DEL, and line breaks inside", () => {
    const field = singleLine();
    for (const c of ["\u0000", "\u0001", "\u0007", "\u001b", "\u007f", "\u0085", "\u009f", "\t", "\n", "\r"]) {
      expect(field.safeParse(`a${c}b`).success, JSON.stringify(c)).toBe(false);
    }
    expect(field.parse("  Иван Петров — «ООО Ромашка» 😀  ")).toBe("Иван Петров — «ООО Ромашка» 😀");
    // Leading and trailing whitespace (a pasted newline included) is trimmed, not refused.
    expect(field.parse("\tМария\n")).toBe("Мария");
  });

  it("multi-line text keeps tabs and line breaks and refuses the other controls", () => {
    const field = multiLine();
    expect(field.parse("Первая строка\r\n\tвторая\nтретья")).toBe("Первая строка\r\n\tвторая\nтретья");
    for (const c of ["\u0000", "\u0008", "\u000b", "\u000c", "\u001f", "\u007f", "\u0090"]) {
      expect(field.safeParse(`a${c}b`).success, JSON.stringify(c)).toBe(false);
    }
  });

  it("the English message, for API clients and English users", () => {
    const parsed = createTaskSchema.safeParse({ title: `Позвонить${NUL}`, personId: "p1" });
    expect(validationError(parsed.error!).message).toBe("title: Remove the control characters (such as NUL) from this text.");
    expect(hasControlCharacters("ok")).toBe(false);
  });
});
