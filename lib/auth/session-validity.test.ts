import { describe, expect, it } from "vitest";
import { authTimeOf, signedInSinceValidFrom } from "./session-validity";

describe("signedInSinceValidFrom", () => {
  const changed = new Date("2026-12-04T10:00:00.000Z");
  it("lets every session in while the password never changed", () => {
    expect(signedInSinceValidFrom({ sessionsValidFrom: null, authAt: null })).toBe(true);
    expect(signedInSinceValidFrom({ sessionsValidFrom: null, authAt: 1 })).toBe(true);
  });
  it("refuses sessions that signed in before the change, and tokens without a sign-in time", () => {
    expect(signedInSinceValidFrom({ sessionsValidFrom: changed, authAt: changed.getTime() - 1 })).toBe(false);
    expect(signedInSinceValidFrom({ sessionsValidFrom: changed, authAt: null })).toBe(false);
    expect(signedInSinceValidFrom({ sessionsValidFrom: changed, authAt: changed.getTime() })).toBe(true);
  });
  it("reads the claim only when it is a number", () => {
    expect(authTimeOf({ authAt: 5 })).toBe(5);
    expect(authTimeOf({ authAt: "5" })).toBeNull();
    expect(authTimeOf(null)).toBeNull();
  });
});
