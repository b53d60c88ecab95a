// POST /api/v1/deals/:id/move {toStageId, previousId?, nextId?, version} — the board's move as a
// REST call (integrations, and the multi-instance test). Same rules as a drag on the board.
import { z } from "zod";
import { defineSessionRoute } from "@/lib/api/define-route";
import { moveDeal } from "@/lib/deals/move-deal";
import { moveDealSchema } from "@/lib/validation/deals";

const schema = moveDealSchema.omit({ dealId: true }).extend({ id: moveDealSchema.shape.dealId });

export const POST = defineSessionRoute<{ id: string }, typeof schema, unknown>(schema, async (input: z.infer<typeof schema>, user) => {
  const { id, ...move } = input;
  return moveDeal({ actor: user, dealId: id, ...move });
});
