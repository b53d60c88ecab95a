import { describe, expect, it } from "vitest";
import type { IdentityKey } from "@/lib/validation/events";
import { groupIdentities } from "./group-identities";

const anon = (value: string): IdentityKey => ({ kind: "ANON_ID", value });
const email = (value: string): IdentityKey => ({ kind: "EMAIL", value });
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
