// A small hand-built history with backward moves, a skip, a reopen, a loss at the first stage,
// a deal from before the period and open deals: the funnel and time-in-stage tests know every
// answer for it (worked out in their comments).
import type { World } from "@/lib/testing/fixtures";
import { dealWithHistory } from "./histories";

export async function moveScenario(w: World) {
  const p = w.pipeline;
  const { price } = w.reasons;
  return {
    // 0 → 1 → 2 → back to 1 → 2 → 3 → won.
    f1: await dealWithHistory({ pipeline: p, ownerId: w.rep.id, createdAt: 0, steps: [{ at: 2, move: 1 }, { at: 5, move: 2 }, { at: 6, move: 1 }, { at: 9, move: 2 }, { at: 13, move: 3 }, { at: 20, won: true }] }),
    // Skips stage 1, then lost.
    f2: await dealWithHistory({ pipeline: p, ownerId: w.rep.id, createdAt: 1, source: "referral", steps: [{ at: 3, move: 2 }, { at: 4, lost: price }] }),
    // Lost at the first stage.
    f3: await dealWithHistory({ pipeline: p, ownerId: w.otherRep.id, createdAt: 2, steps: [{ at: 3, lost: price }] }),
    // Lost from stage 1, reopened there, moved on, still open in stage 2.
    f4: await dealWithHistory({ pipeline: p, ownerId: w.rep.id, createdAt: 3, steps: [{ at: 4, move: 1 }, { at: 6, lost: price }, { at: 8, reopen: true }, { at: 11, move: 2 }] }),
    // Created before the period; enters stage 2 inside it and stays.
    f5: await dealWithHistory({ pipeline: p, ownerId: w.otherRep.id, createdAt: -10, steps: [{ at: -5, move: 1 }, { at: 1, move: 2 }] }),
    // Still in the first stage.
    f6: await dealWithHistory({ pipeline: p, ownerId: w.rep.id, createdAt: 5 }),
  };
}
