// Words one field-history entry (lib/deals/field-changes.ts) in the reader's language:
// "Value: 10 000 ₽ → 12 500 ₽", "Expected close set to 31 Dec 2026". Used by the deal page, the
// person timeline and the conflict toast of an inline edit. `t` is the "deal" namespace.
import { formatMoney } from "./money";

export interface FieldChangeLike {
  field: string;
  from: string | null;
  to: string | null;
}

export type Translate = (key: string, values?: Record<string, string | number>) => string;

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** An expected close date is a day: shown as stored (UTC), never shifted by the reader's time zone. */
export function formatDay(iso: string | Date, locale: string): string {
  let f = dateFormats.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale === "ru" ? "ru-RU" : "en-US", { dateStyle: "medium", timeZone: "UTC" });
    dateFormats.set(locale, f);
  }
  const date = typeof iso === "string" ? new Date(iso) : iso;
  return Number.isNaN(date.getTime()) ? String(iso) : f.format(date);
}

/** One stored value as a person reads it: money "<minor> <currency>", a day, or the text itself. */
export function formatFieldValue(field: string, value: string, locale: string): string {
  if (field === "value") {
    const [minor, currency] = value.split(" ");
    const amount = Number(minor);
    return currency && Number.isFinite(amount) ? formatMoney(amount, currency, locale) : value;
  }
  if (field === "expectedCloseAt") return formatDay(value, locale);
  return value;
}

export function fieldChangeText(change: FieldChangeLike, t: Translate, locale: string): string {
  const field = t(`fields.${change.field}`);
  const from = change.from === null ? null : formatFieldValue(change.field, change.from, locale);
  const to = change.to === null ? null : formatFieldValue(change.field, change.to, locale);
  if (from === null) return t("fieldSet", { field, to: to ?? "—" });
  if (to === null) return t("fieldCleared", { field, from });
  return t("fieldChanged", { field, from, to });
}
