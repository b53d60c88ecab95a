import { expect, it } from "vitest";
import { createTranslator } from "next-intl";
import { loadMessages } from "./load-messages";
import { eventTypeLabel } from "./event-type-label";
import { triggerSummary } from "@/components/automations/rule-summary";

type TimelineT = Parameters<typeof eventTypeLabel>[0];

it("words known event types in Russian and keeps a client's own type as sent", async () => {
  const messages = await loadMessages("ru");
  const tl = createTranslator({ locale: "ru", messages, namespace: "timeline" }) as unknown as TimelineT;
  expect(eventTypeLabel(tl, "cart_abandoned")).toMatch(/^[А-ЯЁа-яё ]+$/);
  expect(eventTypeLabel(tl, "webinar_signup")).toBe("webinar_signup");
  expect(eventTypeLabel(tl, "other")).toBe("other");

  const ta = createTranslator({ locale: "ru", messages, namespace: "automations" });
  const names = { stage: () => "", reason: () => "", user: () => "", event: (type: string) => eventTypeLabel(tl, type) };
  const line = triggerSummary((key, values) => ta(key as never, values as never), { kind: "event", eventType: "cart_abandoned" } as never, names);
  expect(line).toContain(eventTypeLabel(tl, "cart_abandoned"));
  expect(line).not.toContain("cart_abandoned");
});
