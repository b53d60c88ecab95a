// The demo's lead sources: the seven offered ones, then every other code its deals and events carry,
// labelled from the known list, so no screen shows a bare code.
import { KNOWN_SOURCES } from "../../lib/sources/known-sources";
import type { SeedData } from "./types";

export function addLeadSources(data: SeedData): void {
  const used = new Set<string>();
  for (const d of data.deals) if (d.source) used.add(d.source);
  for (const e of data.events) if (e.channel) used.add(e.channel);
  const known = new Map(KNOWN_SOURCES.map((s) => [s.code, s]));
  const codes = [...KNOWN_SOURCES.filter((s) => s.offered).map((s) => s.code), ...[...used].filter((c) => !known.get(c)?.offered).sort()];
  data.leadSources.push(
    ...codes.map((code, position) => {
      const k = known.get(code);
      return { id: `src_${code}`, code, labelEn: k?.labelEn ?? code, labelRu: k?.labelRu ?? code, active: true, position };
    }),
  );
}
