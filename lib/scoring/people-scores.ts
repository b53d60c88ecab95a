import "server-only";
// Writing many people's scores at once (rebuilds and refreshes): one UPDATE … FROM (JSON rows). Only score, temperature and scoreAt change; updatedAt is left alone (not an edit).
import type { Tx } from "@/lib/db-client";
import { updateFromRows } from "@/lib/events/bulk-sql";
import type { Temperature } from "./score-math";

export async function writeScores(tx: Tx, rows: { personId: string; score: number; temperature: Temperature }[], now: Date): Promise<void> {
  if (rows.length === 0) return;
  await updateFromRows(tx, {
    table: "Person",
    columns: [
      ["id", "text"],
      ["score", "float"],
      ["temperature", "enum:Temperature"],
      ["scoreAt", "timestamp"],
    ],
    rows: rows.map((r) => [r.personId, r.score, r.temperature, now]),
    set: `"score" = v."score", "temperature" = v."temperature", "scoreAt" = v."scoreAt"`,
    where: `"Person"."id" = v."id"`,
  });
}
