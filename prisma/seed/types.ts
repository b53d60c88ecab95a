// In-memory rows the seed builds before writing them with createMany. Dates are Date objects and
// money is bigint, exactly what the Prisma client expects; `insert.ts` checks the shapes at compile time.
import type { DealStatus, IdentityKind, NoteKind, Role, Temperature } from "../../lib/generated/prisma/enums";
import type { Prisma } from "../../lib/generated/prisma/client";

export interface UserRow {
  id: string;
  email: string;
  name: string;
  passwordHash: string;
  role: Role;
  locale: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface StageRow {
  id: string;
  pipelineId: string;
  name: string;
  position: number;
  probability: number;
  rottingDays: number | null;
  color: string;
}

export interface PersonRow {
  id: string;
  name: string;
  company: string | null;
  ownerId: string | null;
  score: number;
  scoreAt: Date | null;
  temperature: Temperature;
  firstTouchChannel: string | null;
  lastTouchAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface IdentityRow {
  id: string;
  personId: string;
  kind: IdentityKind;
  value: string;
  createdAt: Date;
}

export interface DealRow {
  id: string;
  title: string;
  value: bigint;
  currency: string;
  expectedCloseAt: Date | null;
  status: DealStatus;
  ownerId: string;
  personId: string | null;
  pipelineId: string;
  stageId: string;
  rank: string;
  lossReasonId: string | null;
  lossNote: string | null;
  source: string | null;
  stageEnteredAt: Date;
  lastTouchAt: Date;
  closedAt: Date | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface TransitionRow {
  id: string;
  dealId: string;
  pipelineId: string;
  fromStageId: string | null;
  toStageId: string | null;
  fromStatus: DealStatus | null;
  toStatus: DealStatus;
  at: Date;
  byUserId: string | null;
  lossReasonId: string | null;
  note: string | null;
}

export interface EventRow {
  id: string;
  externalId: string;
  personId: string;
  type: string;
  channel: string | null;
  utmSource: string | null;
  utmMedium: string | null;
  utmCampaign: string | null;
  occurredAt: Date;
  properties: string;
  receivedAt: Date;
}

export interface NoteRow {
  id: string;
  personId: string;
  dealId: string | null;
  authorId: string;
  kind: NoteKind;
  tone: string | null;
  body: string;
  resolved: boolean;
  createdAt: Date;
}

export interface TaskRow {
  id: string;
  dealId: string | null;
  personId: string | null;
  assigneeId: string;
  createdById: string | null;
  title: string;
  dueAt: Date | null;
  doneAt: Date | null;
  createdAt: Date;
}

export interface PersonSignalRow {
  personId: string;
  ruleId: string;
  value: number;
  at: Date;
  events: number;
}

/** Everything the seed writes, table by table. */
export interface SeedData {
  users: UserRow[];
  pipelines: Prisma.PipelineCreateManyInput[];
  stages: StageRow[];
  lossReasons: Prisma.LossReasonCreateManyInput[];
  leadSources: Prisma.LeadSourceCreateManyInput[];
  people: PersonRow[];
  identities: IdentityRow[];
  deals: DealRow[];
  transitions: TransitionRow[];
  events: EventRow[];
  notes: NoteRow[];
  tasks: TaskRow[];
  scoringRules: Prisma.ScoringRuleCreateManyInput[];
  personSignals: PersonSignalRow[];
  apiKeys: Prisma.ApiKeyCreateManyInput[];
  settings: Prisma.SettingCreateManyInput[];
  automations: Prisma.AutomationCreateManyInput[];
  auditLogs: Prisma.AuditLogCreateManyInput[];
}

export function emptySeedData(): SeedData {
  return {
    users: [], pipelines: [], stages: [], lossReasons: [], leadSources: [], people: [], identities: [], deals: [],
    transitions: [], events: [], notes: [], tasks: [], scoringRules: [], personSignals: [], apiKeys: [], settings: [], automations: [],
    auditLogs: [],
  };
}
