// A small vocabulary for hand-written demo stories: a person, their touches, notes, tasks and a
// deal whose steps are given as "days ago". Times are relative to the seed's "now".
import type { NoteKind } from "../../lib/generated/prisma/enums";
import { type Attribution, type EventLog, attribution } from "./event-log";
import { type Step, applyHistory } from "./journey";
import type { LossReasonIds, LossReasonKey } from "./loss-reasons";
import type { PeopleBuilder } from "./people";
import { type PipelineKey, type Pipelines, stageIndex } from "./pipelines";
import { DAY, newId } from "./random";
import type { DealRow, PersonRow, SeedData } from "./types";
import type { DemoUserKey, UserIds } from "./users";

export interface StoryContext {
  data: SeedData;
  people: PeopleBuilder;
  log: EventLog;
  pipelines: Pipelines;
  users: UserIds;
  lossReasons: LossReasonIds;
  now: Date;
}

/** A step: a stage key to move to, "WON", "REOPEN", or a loss with its reason and note. */
export type StoryStep = string | { lost: LossReasonKey; note: string };

export interface StoryDeal {
  pipeline: PipelineKey;
  title: string;
  /** Amount in major units (roubles, dollars). */
  amount: number;
  currency?: string;
  source: string;
  createdDaysAgo: number;
  expectedInDays?: number | null;
  steps: [daysAgo: number, step: StoryStep][];
}

export class Story {
  readonly person: PersonRow;
  private ownerId: string;
  private current: DealRow | null = null;

  constructor(
    private ctx: StoryContext,
    spec: {
      name: string;
      company?: { name: string; domain: string } | null;
      owner: DemoUserKey;
      segment: "b2b" | "shop";
      firstTouch: string;
      startDaysAgo: number;
      email?: string | null;
      phone?: string | null;
      messenger?: string | null;
      web?: boolean;
    },
  ) {
    this.ownerId = ctx.users[spec.owner];
    this.person = ctx.people.add({
      segment: spec.segment,
      name: spec.name,
      company: spec.company ?? null,
      ownerId: this.ownerId,
      firstTouchChannel: spec.firstTouch,
      createdAt: this.at(spec.startDaysAgo),
      email: spec.email ?? null,
      phone: spec.phone ?? null,
      messenger: spec.messenger ?? null,
      anonId: spec.web === false ? null : ctx.people.anon(),
    });
  }

  at(daysAgo: number): Date {
    return new Date(this.ctx.now.getTime() - Math.round(daysAgo * DAY));
  }

  /** A touch; `via` is an acquisition channel name ("ads", "email", ...) or a full attribution. */
  event(type: string, daysAgo: number, via: string | Attribution, properties: Record<string, unknown> = {}): this {
    const attr = typeof via === "string" ? (via === "phone" || via === "messenger" ? { channel: via } : attribution(via)) : via;
    this.ctx.log.add(this.person.id, type, this.at(daysAgo), attr, properties);
    return this;
  }

  note(kind: NoteKind, daysAgo: number, body: string, extra: { tone?: string; resolved?: boolean; personOnly?: boolean } = {}): this {
    this.ctx.data.notes.push({
      id: newId(),
      personId: this.person.id,
      dealId: extra.personOnly || !this.current ? null : this.current.id,
      authorId: this.ownerId,
      kind,
      tone: extra.tone ?? null,
      body,
      resolved: extra.resolved ?? false,
      createdAt: this.at(daysAgo),
    });
    return this;
  }

  task(createdDaysAgo: number, title: string, dueInDays: number, doneDaysAgo: number | null = null): this {
    const deal = this.current;
    this.ctx.data.tasks.push({
      id: newId(),
      dealId: deal?.id ?? null,
      personId: this.person.id,
      assigneeId: this.ownerId,
      createdById: this.ownerId,
      title,
      dueAt: this.at(-dueInDays),
      doneAt: doneDaysAgo === null ? null : this.at(doneDaysAgo),
      createdAt: this.at(createdDaysAgo),
    });
    return this;
  }

  /** Creates the deal with its whole history; later notes and tasks attach to it. */
  deal(spec: StoryDeal): this {
    const { pipelines, lossReasons, data } = this.ctx;
    const pipeline = pipelines[spec.pipeline];
    const createdAt = this.at(spec.createdDaysAgo);
    const deal: DealRow = {
      id: newId(), title: spec.title, value: BigInt(Math.round(spec.amount * 100)), currency: spec.currency ?? pipeline.currency,
      expectedCloseAt: spec.expectedInDays == null ? null : this.at(-spec.expectedInDays), status: "OPEN",
      ownerId: this.ownerId, personId: this.person.id, pipelineId: pipeline.id, stageId: pipeline.stages[0].id, rank: "a0",
      lossReasonId: null, lossNote: null, source: spec.source, stageEnteredAt: createdAt, lastTouchAt: createdAt,
      closedAt: null, version: 1, createdAt, updatedAt: createdAt,
    };
    const steps: Step[] = spec.steps.map(([, s]) =>
      typeof s !== "string" ? { kind: "lost", reason: s.lost, note: s.note }
      : s === "WON" ? { kind: "won" }
      : s === "REOPEN" ? { kind: "reopen" }
      : { kind: "move", to: stageIndex(pipeline, s) },
    );
    const times = spec.steps.map(([d]) => this.at(d));
    applyHistory({ data, deal, pipeline, steps, times, lossReasons, byUser: () => this.ownerId });
    data.deals.push(deal);
    this.current = deal;
    return this;
  }
}
