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
  "deal.assign", // give a deal to another owner
  "person.view",
  "person.create",
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
    return "Sales reps can only change their own deals.";
  }
  return `Your role (${actor.role}) may not perform ${action}.`;
}
