import { describe, expect, it } from "vitest";
import { automationInputSchema } from "@/lib/validation/automations";
import { draftFrom, emptyStep, inputFrom } from "./form-draft";

describe("automation form drafts", () => {
  it("round-trips a saved rule through the editor's strings", () => {
    const saved = automationInputSchema.parse({
      name: "Корзина → задача → письмо",
      trigger: { kind: "event", eventType: "cart_abandoned", conditions: { minValue: 150_050, temperature: "WARM" } },
      actions: [
        { kind: "create_task", title: "Позвонить", dueInDays: 0 },
        { kind: "send_email", subject: "{{product}}", body: "Здравствуйте", delayMinutes: 2 * 1440, onlyIfNoTouch: true },
        { kind: "webhook", url: "https://example.com/h", secret: "whsec_0123456789abcdef", delayMinutes: 90 },
      ],
    });
    const draft = draftFrom(saved);
    expect(draft.conditions.minValue).toBe("1500.5");
    expect(draft.steps.map((s) => [s.delay, s.unit])).toEqual([["0", "days"], ["2", "days"], ["90", "minutes"]]);
    expect(automationInputSchema.parse(inputFrom(draft))).toEqual(saved);
  });

  it("starts a new rule as 'idle 3 days → task' and leaves bad numbers for validation to name", () => {
    const draft = draftFrom(null);
    expect([draft.kind, draft.days, draft.steps.map((s) => s.kind)]).toEqual(["idle", "3", ["create_task"]]);
    const parsed = automationInputSchema.safeParse(inputFrom({ ...draft, name: "X", stageId: "s1", days: "", steps: [{ ...emptyStep(), title: "T", delay: "2", unit: "hours" }] }));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0].path).toEqual(["trigger", "days"]);
    const ok = automationInputSchema.parse(inputFrom({ ...draft, name: "X", stageId: "s1", steps: [{ ...emptyStep(), title: "T", delay: "2", unit: "hours" }] }));
    expect(ok.actions[0].delayMinutes).toBe(120);
  });
});
