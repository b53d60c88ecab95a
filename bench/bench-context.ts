// What the measuring child process (measure-size.ts) shares with the benches and with run.ts.
import type { Actor } from "../lib/auth/permissions";
import type { Summary } from "./measure";

/** The child's one line of stdout starts with this, followed by a SizeResult as JSON. */
export const RESULT_PREFIX = "BENCH_RESULT ";

export interface SizeResult {
  size: number;
  boardFirstPage: Summary;
  loadMore: Summary & { stageCount: number; deepestOffset: number };
  moveDeal: Summary & { crossColumnMoves: number };
  editDeal: Summary & { ownerChanges: number; slips: number };
}

export interface BenchContext {
  size: number;
  actor: Actor;
  pipelineId: string;
  warmup: number;
  iterations: number;
}

export function assertBench(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`Benchmark sanity check failed: ${message}`);
}
