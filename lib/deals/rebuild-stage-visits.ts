// StageVisit rebuilt from the transitions in one statement: for data written in bulk (seeds, the
// benchmark, test histories), and as the reference that record-transition.ts must agree with.
// The migration that added the table ran the same statement once.
import type { DatabaseProvider } from "@/lib/db-adapter";
import type { Tx } from "@/lib/db-client";
import { currentProvider } from "@/lib/db-dialect";

const quote = (id: string) => `'${id.replace(/'/g, "''")}'`;

/** DELETE + INSERT … SELECT statements (run in order) rebuilding the visits of `dealIds`, or of every deal. */
export function rebuildStageVisitsSql(provider: DatabaseProvider, dealIds?: readonly string[]): string[] {
  const only = dealIds ? `"dealId" IN (${dealIds.map(quote).join(", ") || "NULL"})` : null;
  const pg = provider === "postgresql";
  const days = pg ? `EXTRACT(EPOCH FROM (m."nextAt" - m."at")) / 86400.0` : `julianday(m."nextAt") - julianday(m."at")`;
  const entry = `(m."fromStageId" IS NULL OR m."fromStageId" <> m."toStageId")`;
  const revisited = `COUNT(*) OVER (PARTITION BY m."dealId", m."toStageId") > 1`;
  return [
    `DELETE FROM "StageVisit"${only ? ` WHERE ${only}` : ""}`,
    `INSERT INTO "StageVisit" ("id", "dealId", "pipelineId", "stageId", "enteredAt", "entry", "revisited", "leftAt", "days", "nextStageId", "nextStatus", "ownerId", "source")
    SELECT m."id", m."dealId", m."pipelineId", m."toStageId", m."at",
      ${pg ? entry : `CASE WHEN ${entry} THEN 1 ELSE 0 END`}, ${pg ? revisited : `CASE WHEN ${revisited} THEN 1 ELSE 0 END`},
      m."nextAt", ${days}, m."nextStageId", m."nextStatus", d."ownerId", d."source"
    FROM (
      SELECT t."id", t."dealId", t."pipelineId", t."fromStageId", t."toStageId", t."toStatus", t."at",
        LEAD(t."at") OVER w AS "nextAt", LEAD(t."toStageId") OVER w AS "nextStageId", LEAD(t."toStatus") OVER w AS "nextStatus"
      FROM "StageTransition" t${only ? ` WHERE t.${only}` : ""}
      WINDOW w AS (PARTITION BY t."dealId" ORDER BY t."at", t."id")
    ) m
    JOIN "Deal" d ON d."id" = m."dealId"
    WHERE m."toStatus" = 'OPEN' AND m."toStageId" IS NOT NULL`,
  ];
}

/** Rebuilds the visits of `dealIds` (or of every deal) on the database at hand. */
export async function rebuildStageVisits(db: Pick<Tx, "$executeRawUnsafe">, dealIds?: readonly string[]): Promise<void> {
  for (const sql of rebuildStageVisitsSql(currentProvider(), dealIds)) await db.$executeRawUnsafe(sql);
}
