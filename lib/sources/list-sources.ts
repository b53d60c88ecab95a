import "server-only";
import { cache } from "react";
import { getLocale } from "next-intl/server";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { isLocale, DEFAULT_LOCALE } from "@/lib/i18n/config";
import { sourceLabelMap, type SourceRow } from "./source-labels";

// One read per request, however many server components ask (the app layout gives the labels to
// client components; person and analytics widgets ask again on the server).
const readSources = cache(
  (): Promise<SourceRow[]> =>
    db.leadSource.findMany({
      orderBy: [{ position: "asc" }, { code: "asc" }],
      select: { id: true, code: true, labelEn: true, labelRu: true, active: true, position: true },
    }),
);

/** Every lead source (archived too) in the admin's order: reference data any signed-in user reads. */
export async function listSources(options: { actor: Actor }): Promise<SourceRow[]> {
  void options.actor;
  return readSources();
}

/** code → label in the request's language (for server components and the props they pass down). */
export async function loadSourceLabels(options: { actor: Actor }): Promise<Record<string, string>> {
  const [sources, locale] = await Promise.all([listSources(options), getLocale()]);
  return sourceLabelMap(sources, isLocale(locale) ? locale : DEFAULT_LOCALE);
}
