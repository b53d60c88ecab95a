// Builders for timeline tests: a person with deals, events, transitions, notes and tasks written
// straight into the test database at chosen instants and with chosen ids (ids sort the same way
// bytewise and under any collation, so the expected order is known).
import { db } from "@/lib/db";
import { buildWorld, insertDeals, inPipeline, type World } from "@/lib/testing/fixtures";

export const T0 = Date.UTC(2026, 0, 10, 12, 0, 0);
export const at = (minutes: number) => new Date(T0 + minutes * 60_000);

export interface TimelineWorld extends World {
  personId: string;
  dealIds: string[];
}

export async function timelineWorld(options: { deals?: number } = {}): Promise<TimelineWorld> {
  const world = await buildWorld();
  const person = await db.person.create({ data: { name: "Мария Иванова", company: "Ромашка", ownerId: world.rep.id }, select: { id: true } });
  const count = options.deals ?? 1;
  const dealIds = count
    ? await insertDeals(inPipeline(world.pipeline, 0), Array.from({ length: count }, () => ({ ownerId: world.rep.id, personId: person.id })))
    : [];
  return { ...world, personId: person.id, dealIds };
}

let seq = 0;
export async function addEvent(personId: string, id: string, when: Date, type = "page_view", properties: object = { url: "/pricing" }) {
  await db.event.create({
    data: { id, externalId: `ext-${id}-${++seq}`, personId, type, occurredAt: when, properties: JSON.stringify(properties), channel: "direct" },
  });
}

export async function addTransition(w: TimelineWorld, id: string, when: Date, options: { dealId?: string; byUserId?: string | null; toStatus?: "OPEN" | "WON" | "LOST" } = {}) {
  await db.stageTransition.create({
    data: {
      id,
      dealId: options.dealId ?? w.dealIds[0],
      pipelineId: w.pipeline.id,
      fromStageId: w.pipeline.stages[0].id,
      toStageId: w.pipeline.stages[1].id,
      fromStatus: "OPEN",
      toStatus: options.toStatus ?? "OPEN",
      at: when,
      byUserId: options.byUserId === undefined ? w.rep.id : options.byUserId,
    },
  });
}

export async function addNote(w: TimelineWorld, id: string, when: Date, kind: "CALL" | "GENERAL" = "GENERAL") {
  await db.note.create({ data: { id, personId: w.personId, authorId: w.rep.id, kind, body: `note ${id}`, createdAt: when } });
}

export async function addTask(w: TimelineWorld, id: string, created: Date, done: Date | null = null, link: "person" | "deal" = "person") {
  await db.task.create({
    data: {
      id,
      title: `task ${id}`,
      personId: link === "person" ? w.personId : null,
      dealId: link === "deal" ? w.dealIds[0] : null,
      assigneeId: w.rep.id,
      createdAt: created,
      doneAt: done,
    },
  });
}

export async function addFieldChange(
  w: TimelineWorld,
  id: string,
  when: Date,
  change: { field?: string; oldValue?: string | null; newValue?: string | null } = {},
) {
  await db.dealFieldChange.create({
    data: { id, dealId: w.dealIds[0], field: change.field ?? "value", oldValue: change.oldValue !== undefined ? change.oldValue : "100000 RUB", newValue: change.newValue !== undefined ? change.newValue : "150000 RUB", version: 2, byUserId: w.head.id, at: when },
  });
}
