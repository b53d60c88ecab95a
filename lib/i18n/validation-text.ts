// Validation messages by key, worded in the user's language. A zod issue or an AppError carries
// the key (`params.messageKey` / `details.messageKey`) and its English text; the action and route
// wrappers word it in the signed-in user's language (lib/actions/define-action.ts).
// use-intl/core: the translator without React, so CLI commands (user:create, seed) can load it too.
import { createTranslator } from "use-intl/core";
import en from "./messages/en/validation.json";
import ru from "./messages/ru/validation.json";
import { DEFAULT_LOCALE, isLocale, type Locale } from "./config";

export type ValidationKey = keyof typeof en;
export type MessageValues = Record<string, string | number>;

const CATALOG: Record<Locale, Record<ValidationKey, string>> = { en, ru };

/** The message in `locale` (English when the locale is unknown). */
export function validationText(locale: string | undefined, key: ValidationKey, values?: MessageValues): string {
  const chosen = isLocale(locale) ? locale : DEFAULT_LOCALE;
  const t = createTranslator({ locale: chosen, messages: { validation: CATALOG[chosen] }, namespace: "validation" });
  return t(key, values);
}

/** What a keyed message carries with it (zod issue `params`, AppError `details`). */
export interface KeyedMessage {
  messageKey: ValidationKey;
  values?: MessageValues;
}

export function keyedMessage(value: unknown): KeyedMessage | null {
  const candidate = value as Partial<KeyedMessage> | null | undefined;
  return candidate && typeof candidate.messageKey === "string" && candidate.messageKey in en ? (candidate as KeyedMessage) : null;
}
