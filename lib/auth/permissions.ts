// The one place that says who may do what. Every server action and route asks here.
import { AppError } from "@/lib/errors/app-error";

export type Role = "ADMIN" | "HEAD" | "REP";
export interface Actor {
  id: string;
  role: Role;
}

export const ACTIONS = [
  "board.view",
  "deal.view",
  "deal.create",
  "deal.edit",
  "deal.move",
  "deal.win",
  "deal.lose",
  "deal.reopen",
  "deal.assign", // give a deal to another owner (heads and admins; a rep cannot hand over even their own deal)
  "person.view",
  "person.create",
  "person.edit", // REP: people they own
  "person.assign", // give a person to another owner
  "person.merge",
  "note.create",
  "note.edit", // REP: notes they wrote (resource.ownerId = the author)
  "task.create",
  "task.assign", // give a task to someone else
  "task.complete", // REP: tasks assigned to them (resource.ownerId = the assignee)
  "analytics.view",
  "settings.manage",
] as const;
export type Action = (typeof ACTIONS)[number];

/** The resource an action touches, when ownership matters. */
export interface OwnedResource {
  ownerId: string;
}

const EVERYONE: readonly Role[] = ["ADMIN", "HEAD", "REP"];
const MANAGERS: readonly Role[] = ["ADMIN", "HEAD"];

const ROLES_FOR: Record<Action, readonly Role[]> = {
  "board.view": EVERYONE,
  "deal.view": EVERYONE,
  "deal.create": EVERYONE,
  "deal.edit": EVERYONE,
  "deal.move": EVERYONE,
  "deal.win": EVERYONE,
  "deal.lose": EVERYONE,
  "deal.reopen": EVERYONE,
  "deal.assign": MANAGERS,
  "person.view": EVERYONE,
  "person.create": EVERYONE,
  "person.edit": EVERYONE,
  "person.assign": MANAGERS,
  "person.merge": MANAGERS,
  "note.create": EVERYONE,
  "note.edit": EVERYONE,
  "task.create": EVERYONE,
  "task.assign": MANAGERS,
  "task.complete": EVERYONE,
  "analytics.view": MANAGERS,
  "settings.manage": ["ADMIN"],
};

/** Actions where a REP is limited to resources they own. */
const OWN_ONLY_FOR_REP: ReadonlySet<Action> = new Set([
  "deal.edit",
  "deal.move",
  "deal.win",
  "deal.lose",
  "deal.reopen",
  "person.edit",
  "note.edit",
  "task.complete",
]);

export function can(actor: Actor, action: Action, resource?: OwnedResource): boolean {
  if (!ROLES_FOR[action].includes(actor.role)) return false;
  if (actor.role === "REP" && OWN_ONLY_FOR_REP.has(action)) {
    return resource !== undefined && resource.ownerId === actor.id;
  }
  return true;
}

export function assertCan(actor: Actor, action: Action, resource?: OwnedResource): void {
  if (!can(actor, action, resource)) {
    throw new AppError("FORBIDDEN", permissionMessage(actor, action));
  }
}

function permissionMessage(actor: Actor, action: Action): string {
  if (actor.role === "REP" && OWN_ONLY_FOR_REP.has(action)) {
    if (action === "person.edit") return "Sales reps can only edit people they own.";
    if (action === "note.edit") return "Sales reps can only edit their own notes.";
    if (action === "task.complete") return "Sales reps can only complete tasks assigned to them.";
    return "Sales reps can only change their own deals.";
  }
  return `Your role (${actor.role}) may not perform ${action}.`;
}
