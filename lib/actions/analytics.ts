"use server";
import { defineAction } from "@/lib/actions/define-action";
import { listDealsBehind } from "@/lib/analytics/list-deals-behind";
import { drillDownRequestSchema } from "@/lib/validation/analytics";

/** The deals behind a clicked bar or table cell of an analytics or forecast chart. */
export const listDealsBehindAction = defineAction(drillDownRequestSchema, (input, user) =>
  listDealsBehind({ actor: user, filters: input.filters, cell: input.cell }),
);
