import "server-only";
// Everything a batch needs to know before it writes, in ONE query (each statement costs a fixed
// price on the hot path): which of its identities are known and whose they are, those people's
// scoring signals and whether they have open deals, the active scoring rules and the thresholds.
// Five SELECTs glued with UNION ALL into one row shape ("row" says which part a row belongs to).
import type { Tx } from "@/lib/db-client";
import { jsonRowSource, rawParams } from "@/lib/db-dialect";
import { THRESHOLDS_KEY, parseThresholds } from "@/lib/scoring/load-scoring-config";
import type { ScoringConfig, ScoringRuleLike } from "@/lib/scoring/rule-index";
import type { Signal } from "@/lib/scoring/score-math";
import type { IdentityKey } from "@/lib/validation/events";
import { identityKey } from "./group-identities";

export interface BatchState {
  /** Identity key → person id, for the batch's identities already stored. */
  known: Map<string, string>;
  /** Person id → rule id → signal, for the people behind `known`. */
  signals: Map<string, Map<string, Signal>>;
  /** People behind `known` with at least one open deal. */
  openDeals: Set<string>;
  config: ScoringConfig<ScoringRuleLike>;
}

interface StateRow {
  row: "identity" | "signal" | "deal" | "rule" | "setting";
  a: string | null;
  b: string | null;
  c: string | null;
  t: Date | string | null;
  x: number | string | null;
  y: number | string | bigint | null;
}

export async function readBatchState(tx: Tx, identities: Iterable<IdentityKey>): Promise<BatchState> {
  const params = rawParams();
  const source = jsonRowSource(params, [...identities].map((i) => [i.kind, i.value]), [
    ["kind", "enum:IdentityKind"],
    ["value", "text"],
  ]);
  const setting = params.add(THRESHOLDS_KEY);
  // Typed NULLs: PostgreSQL must see one type per column in every branch.
  const [text, time, num] = ["CAST(NULL AS TEXT)", "CAST(NULL AS TIMESTAMP)", "CAST(NULL AS DOUBLE PRECISION)"];
  const sql = `WITH k AS MATERIALIZED (SELECT i."kind", i."value", i."personId" FROM ${source} AS s JOIN "Identity" AS i ON i."kind" = s."kind" AND i."value" = s."value")
SELECT 'identity' AS "row", CAST(k."kind" AS TEXT) AS "a", k."value" AS "b", k."personId" AS "c", ${time} AS "t", ${num} AS "x", ${num} AS "y" FROM k
UNION ALL SELECT 'signal', p."personId", p."ruleId", ${text}, p."at", p."value", p."events" FROM "PersonSignal" AS p WHERE p."personId" IN (SELECT "personId" FROM k)
UNION ALL SELECT DISTINCT 'deal', d."personId", ${text}, ${text}, ${time}, ${num}, ${num} FROM "Deal" AS d WHERE d."status" = 'OPEN' AND d."personId" IN (SELECT "personId" FROM k)
UNION ALL SELECT 'rule', r."id", r."eventType", r."channel", ${time}, r."points", r."halfLifeDays" FROM "ScoringRule" AS r WHERE r."active" = true
UNION ALL SELECT 'setting', "value", ${text}, ${text}, ${time}, ${num}, ${num} FROM "Setting" WHERE "key" = ${setting}`;
  const rows = await tx.$queryRawUnsafe<StateRow[]>(sql, ...params.values);

  const state: BatchState = { known: new Map(), signals: new Map(), openDeals: new Set(), config: { rules: [], thresholds: parseThresholds(null) } };
  for (const r of rows) {
    if (r.row === "identity") state.known.set(identityKey({ kind: r.a as IdentityKey["kind"], value: r.b! }), r.c!);
    else if (r.row === "signal") {
      let mine = state.signals.get(r.a!);
      if (!mine) state.signals.set(r.a!, (mine = new Map()));
      mine.set(r.b!, { value: Number(r.x), at: new Date(r.t!).getTime(), events: Number(r.y) });
    } else if (r.row === "deal") state.openDeals.add(r.a!);
    else if (r.row === "rule") state.config.rules.push({ id: r.a!, eventType: r.b!, channel: r.c, points: Number(r.x), halfLifeDays: Number(r.y) });
    else state.config.thresholds = parseThresholds(r.a);
  }
  state.config.rules.sort((p, q) => (p.id < q.id ? -1 : p.id > q.id ? 1 : 0));
  return state;
}
