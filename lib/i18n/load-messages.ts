// The messages of one locale: the frame and board in `<locale>.json`, each later area in its own
// file `<locale>/<area>.json` whose content sits under the area's name (t("people.title")).
import type { Locale } from "./config";

const AREAS = ["people", "timeline", "notes", "tasks", "events", "analytics", "forecast", "settings", "automations", "validation", "accounts"] as const;

export async function loadMessages(locale: Locale): Promise<Record<string, unknown>> {
  const base = (await import(`./messages/${locale}.json`)).default as Record<string, unknown>;
  const areas = await Promise.all(AREAS.map(async (area) => [area, (await import(`./messages/${locale}/${area}.json`)).default] as const));
  return { ...base, ...Object.fromEntries(areas) };
}
