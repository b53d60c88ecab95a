// Deals and events carry a source code ("ads"); screens show its label in the user's language.
// A code nobody has added to Settings → Sources yet shows as itself.
import type { Locale } from "@/lib/i18n/config";

export interface SourceRow {
  id: string;
  code: string;
  labelEn: string;
  labelRu: string;
  active: boolean;
  position: number;
}

export function sourceLabel(source: Pick<SourceRow, "labelEn" | "labelRu">, locale: Locale): string {
  return locale === "ru" ? source.labelRu : source.labelEn;
}

/** code → label in one language: the map pages hand to their (client) components. */
export function sourceLabelMap(sources: readonly SourceRow[], locale: Locale): Record<string, string> {
  return Object.fromEntries(sources.map((s) => [s.code, sourceLabel(s, locale)]));
}

export function labelOfSource(labels: Record<string, string>, code: string): string {
  return Object.hasOwn(labels, code) ? labels[code] : code;
}
