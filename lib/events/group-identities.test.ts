import { describe, expect, it } from "vitest";
import type { IdentityKey } from "@/lib/validation/events";
import { groupIdentities, groupIdentitiesApart } from "./group-identities";

const anon = (value: string): IdentityKey => ({ kind: "ANON_ID", value });
const email = (value: string): IdentityKey => ({ kind: "EMAIL", value });
const phone = (value: string): IdentityKey => ({ kind: "PHONE", value });
const ev = (...identities: IdentityKey[]) => ({ identities });
const sorted = <T>(xs: T[]) => [...xs].sort();

describe("groupIdentities", () => {
  it("puts events of unknown, unrelated visitors in groups of their own", () => {
    const groups = groupIdentities([ev(anon("a")), ev(anon("b")), ev(anon("a"))], new Map());
    expect(groups.map((g) => g.events)).toEqual([[0, 2], [1]]);
    expect(groups.every((g) => g.people.length === 0)).toBe(true);
  });

  it("ties an anonymous id to the email it later appears with, across events", () => {
    const groups = groupIdentities([ev(anon("a")), ev(anon("a"), email("m@x.ru")), ev(email("m@x.ru"))], new Map());
    expect(groups).toHaveLength(1);
    expect(groups[0].events).toEqual([0, 1, 2]);
    expect(sorted(groups[0].identities.map((i) => i.kind))).toEqual(["ANON_ID", "EMAIL"]);
  });

  it("finds the known person behind any identity of the group", () => {
    const known = new Map([["EMAIL:m@x.ru", "p1"]]);
    const [group] = groupIdentities([ev(anon("new")), ev(anon("new"), email("m@x.ru"))], known);
    expect(group.people).toEqual(["p1"]);
  });

  it("reports two known people linked by one event as a merge, chains included", () => {
    const known = new Map([
      ["ANON_ID:a", "p1"],
      ["EMAIL:m@x.ru", "p2"],
      ["ANON_ID:c", "p3"],
      ["ANON_ID:d", "p1"],
    ]);
    const groups = groupIdentities([ev(anon("a"), anon("b")), ev(anon("b"), email("m@x.ru")), ev(anon("c")), ev(anon("d"))], known);
    const merge = groups.find((g) => g.people.length > 1)!;
    expect(sorted(merge.people)).toEqual(["p1", "p2"]);
    expect(merge.events).toEqual([0, 1, 3]);
    expect(groups.find((g) => g.people[0] === "p3")?.events).toEqual([2]);
  });
});

describe("groupIdentitiesApart", () => {
  const known = new Map([
    ["EMAIL:a@x.ru", "pA"],
    ["PHONE:+71", "pB"],
    ["ANON_ID:v", "pV"],
  ]);

  it("refuses a link between two people kept apart, reporting the claimed identity and event", () => {
    const { groups, conflicts } = groupIdentitiesApart([ev(anon("new"), email("a@x.ru"), phone("+71"))], known, new Set(["pA", "pB"]));
    expect(conflicts).toEqual([{ personId: "pA", otherId: "pB", identity: phone("+71"), event: 0 }]);
    expect(groups.find((g) => g.events.length > 0)).toMatchObject({ events: [0], people: ["pA"] });
    expect(groups.every((g) => g.people.length <= 1)).toBe(true);
  });

  it("still joins an anonymous person (not kept apart) to a known one", () => {
    const { groups, conflicts } = groupIdentitiesApart([ev(anon("v"), email("a@x.ru"))], known, new Set(["pA", "pB"]));
    expect(conflicts).toEqual([]);
    expect(sorted(groups[0].people)).toEqual(["pA", "pV"]);
  });

  it("sees a claim spread over events, through a new identity tied earlier in the batch", () => {
    const { conflicts } = groupIdentitiesApart([ev(anon("x"), email("a@x.ru")), ev(anon("x"), phone("+71"))], known, new Set(["pA", "pB"]));
    expect(conflicts).toEqual([{ personId: "pA", otherId: "pB", identity: phone("+71"), event: 1 }]);
  });

  it("groups exactly like groupIdentities when nobody is kept apart", () => {
    const events = [ev(anon("new"), email("a@x.ru"), phone("+71")), ev(anon("v"))];
    const { groups, conflicts } = groupIdentitiesApart(events, known, new Set());
    expect(conflicts).toEqual([]);
    expect(groups.map((g) => sorted(g.people))).toEqual(groupIdentities(events, known).map((g) => sorted(g.people)));
    expect(sorted(groups[0].people)).toEqual(["pA", "pB"]);
  });
});
