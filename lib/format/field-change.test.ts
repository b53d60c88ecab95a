import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import en from "@/lib/i18n/messages/en.json";
import ru from "@/lib/i18n/messages/ru.json";
import { HISTORY_FIELDS } from "@/lib/deals/diff-deal-fields";
import { fieldChangeText, type Translate } from "./field-change";

const translator = (locale: "en" | "ru") =>
  createTranslator({ locale, messages: locale === "en" ? en : ru, namespace: "deal", onError: (e) => { throw e; } }) as unknown as Translate;

describe("fieldChangeText", () => {
  it("words money, days, set and cleared values in English", () => {
    const t = translator("en");
    expect(fieldChangeText({ field: "value", from: "1000000 RUB", to: "1250000 USD" }, t, "en")).toBe("Value: ₽10,000 → $12,500");
    expect(fieldChangeText({ field: "expectedCloseAt", from: null, to: "2026-12-31T00:00:00.000Z" }, t, "en")).toBe("Expected close set to Dec 31, 2026");
    expect(fieldChangeText({ field: "source", from: "ads", to: null }, t, "en")).toBe("Source cleared (was ads)");
    expect(fieldChangeText({ field: "owner", from: "Rita", to: "Roman" }, t, "en")).toBe("Owner: Rita → Roman");
  });

  it("words them in Russian, and every history field has a name in both languages", () => {
    const t = translator("ru");
    expect(fieldChangeText({ field: "value", from: "1000000 RUB", to: "1250000 RUB" }, t, "ru")).toBe("Сумма: 10\u00a0000\u00a0₽ → 12\u00a0500\u00a0₽");
    expect(fieldChangeText({ field: "expectedCloseAt", from: "2026-12-01T00:00:00.000Z", to: "2027-01-15T00:00:00.000Z" }, t, "ru")).toBe(
      "Ожидаемое закрытие: 1 дек. 2026 г. → 15 янв. 2027 г.",
    );
    for (const field of HISTORY_FIELDS) {
      for (const locale of ["en", "ru"] as const) expect(fieldChangeText({ field, from: "a", to: "b" }, translator(locale), locale)).not.toContain("fields.");
    }
  });
});
