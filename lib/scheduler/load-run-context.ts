// Everything a step needs about its run: the rule, the deal, the person (with email address,
// last viewed product and open objection for templates) and the owner.
import type { Db } from "@/lib/db-client";
import { dealStateSelect } from "@/lib/deals/apply-deal-change";
import { firstNameOf, productFromProperties, type TemplateContext } from "@/lib/automations/template";
import { parseActions, parseTrigger } from "@/lib/validation/automations";

const PRODUCT_EVENTS = ["cart_abandoned", "cart_add", "page_view", "checkout_started", "product_view"];

export async function loadRunContext(db: Db, runId: string) {
  const run = await db.automationRun.findUnique({
    where: { id: runId },
    select: {
      id: true,
      step: true,
      dealId: true,
      personId: true,
      createdAt: true,
      result: true,
      automation: { select: { id: true, name: true, active: true, trigger: true, actions: true } },
    },
  });
  if (!run) return null;
  const deal = run.dealId
    ? await db.deal.findUnique({
        where: { id: run.dealId },
        select: {
          ...dealStateSelect,
          lastTouchAt: true,
          stage: { select: { name: true } },
          owner: { select: { name: true, email: true } },
        },
      })
    : null;
  const personId = run.personId ?? null;
  const person = personId
    ? await db.person.findUnique({
        where: { id: personId },
        select: { id: true, name: true, company: true, ownerId: true, temperature: true, lastTouchAt: true, identities: { where: { kind: "EMAIL" }, orderBy: { createdAt: "asc" }, take: 1, select: { value: true } } },
      })
    : null;
  return {
    run,
    automation: { ...run.automation, trigger: parseTrigger(run.automation.trigger), actions: parseActions(run.automation.actions) },
    deal,
    person: person ? { ...person, email: person.identities[0]?.value ?? null } : null,
  };
}

export type RunContext = NonNullable<Awaited<ReturnType<typeof loadRunContext>>>;

/** Template fields for the run's person and deal (product and objection read on demand). */
export async function templateContext(db: Db, ctx: RunContext): Promise<TemplateContext> {
  const { person, deal } = ctx;
  let product: string | null = null;
  let objection: string | null = null;
  if (person) {
    const events = await db.event.findMany({
      where: { personId: person.id, type: { in: PRODUCT_EVENTS } },
      orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
      take: 20,
      select: { properties: true },
    });
    product = events.map((e) => productFromProperties(e.properties)).find((p) => p !== null) ?? null;
    const note = await db.note.findFirst({
      where: { personId: person.id, kind: "OBJECTION", resolved: false },
      orderBy: { createdAt: "desc" },
      select: { body: true },
    });
    objection = note?.body ?? null;
  }
  return {
    person: person ? { name: person.name, firstName: firstNameOf(person.name), company: person.company, email: person.email } : null,
    deal: deal ? { title: deal.title, stage: deal.stage.name } : null,
    owner: deal ? { name: deal.owner.name, email: deal.owner.email } : null,
    product,
    objection,
  };
}
