import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import { ACTIONS, assertCan, can, type Action, type Actor, type Role } from "./permissions";

// Every action × role × resource, written out. Columns per role: [own resource, another user's
// resource, no resource given]. Adding an action to ACTIONS without a row here fails the suite.
const Y = true;
const N = false;
type Row = [own: boolean, other: boolean, none: boolean];
const EXPECTED: Record<Action, Record<Role, Row>> = {
  //                   ADMIN          HEAD           REP
  "board.view":      { ADMIN: [Y, Y, Y], HEAD: [Y, Y, Y], REP: [Y, Y, Y] },
  "deal.view":       { ADMIN: [Y, Y, Y], HEAD: [Y, Y, Y], REP: [Y, Y, Y] },
  "deal.create":     { ADMIN: [Y, Y, Y], HEAD: [Y, Y, Y], REP: [Y, Y, Y] },
  "deal.edit":       { ADMIN: [Y, Y, Y], HEAD: [Y, Y, Y], REP: [Y, N, N] },
  "deal.move":       { ADMIN: [Y, Y, Y], HEAD: [Y, Y, Y], REP: [Y, N, N] },
  "deal.win":        { ADMIN: [Y, Y, Y], HEAD: [Y, Y, Y], REP: [Y, N, N] },
  "deal.lose":       { ADMIN: [Y, Y, Y], HEAD: [Y, Y, Y], REP: [Y, N, N] },
  "deal.reopen":     { ADMIN: [Y, Y, Y], HEAD: [Y, Y, Y], REP: [Y, N, N] },
  "deal.assign":     { ADMIN: [Y, Y, Y], HEAD: [Y, Y, Y], REP: [N, N, N] },
  "person.view":     { ADMIN: [Y, Y, Y], HEAD: [Y, Y, Y], REP: [Y, Y, Y] },
  "person.create":   { ADMIN: [Y, Y, Y], HEAD: [Y, Y, Y], REP: [Y, Y, Y] },
  "person.edit":     { ADMIN: [Y, Y, Y], HEAD: [Y, Y, Y], REP: [Y, N, N] },
  "person.assign":   { ADMIN: [Y, Y, Y], HEAD: [Y, Y, Y], REP: [N, N, N] },
  "person.merge":    { ADMIN: [Y, Y, Y], HEAD: [Y, Y, Y], REP: [N, N, N] },
  "note.create":     { ADMIN: [Y, Y, Y], HEAD: [Y, Y, Y], REP: [Y, Y, Y] },
  "note.edit":       { ADMIN: [Y, Y, Y], HEAD: [Y, Y, Y], REP: [Y, N, N] },
  "task.create":     { ADMIN: [Y, Y, Y], HEAD: [Y, Y, Y], REP: [Y, Y, Y] },
  "task.assign":     { ADMIN: [Y, Y, Y], HEAD: [Y, Y, Y], REP: [N, N, N] },
  "task.complete":   { ADMIN: [Y, Y, Y], HEAD: [Y, Y, Y], REP: [Y, N, N] },
  "analytics.view":  { ADMIN: [Y, Y, Y], HEAD: [Y, Y, Y], REP: [N, N, N] },
  "settings.manage": { ADMIN: [Y, Y, Y], HEAD: [N, N, N], REP: [N, N, N] },
};

const ROLES: Role[] = ["ADMIN", "HEAD", "REP"];
const CONTEXTS = ["own", "other", "none"] as const;

const cases = ACTIONS.flatMap((action) =>
  ROLES.flatMap((role) => CONTEXTS.map((context, i) => ({ action, role, context, expected: EXPECTED[action]?.[role]?.[i] }))),
);

function resourceFor(actor: Actor, context: (typeof CONTEXTS)[number]) {
  if (context === "own") return { ownerId: actor.id };
  if (context === "other") return { ownerId: "someone-else" };
  return undefined;
}

describe("permissions matrix", () => {
  it("has a row for exactly the actions in ACTIONS", () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...ACTIONS].sort());
    expect(cases).toHaveLength(ACTIONS.length * 3 * 3);
  });

  it.each(cases)("$role $action on $context resource → $expected", ({ action, role, context, expected }) => {
    const actor: Actor = { id: `user-${role}`, role };
    const resource = resourceFor(actor, context);
    expect(can(actor, action, resource)).toBe(expected);
    if (expected) {
      expect(() => assertCan(actor, action, resource)).not.toThrow();
    } else {
      let caught: unknown;
      try {
        assertCan(actor, action, resource);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(AppError);
      expect((caught as AppError).code).toBe("FORBIDDEN");
      expect((caught as AppError).status).toBe(403);
    }
  });

  it("tells a rep why they may not touch another rep's deal", () => {
    expect(() => assertCan({ id: "r1", role: "REP" }, "deal.move", { ownerId: "r2" })).toThrow(
      "Sales reps can only change their own deals.",
    );
    expect(() => assertCan({ id: "h1", role: "HEAD" }, "settings.manage")).toThrow(/HEAD.*settings\.manage/);
  });
});
