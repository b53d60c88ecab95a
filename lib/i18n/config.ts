export const LOCALES = ["en", "ru"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";
export const LOCALE_COOKIE = "voronka-locale";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** Each language named in itself: the switch's buttons read "English" / "Русский" in either UI language. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", ru: "Русский" };
