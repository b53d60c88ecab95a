import { describe, expect, it } from "vitest";
import { appOrigin } from "./app-origin";
import { accountErrorCodes } from "./error-codes";

describe("appOrigin", () => {
  it("prefers AUTH_URL (its origin only)", () => {
    expect(appOrigin(new Headers({ host: "evil.test" }), { AUTH_URL: "https://crm.example.com/api/auth" })).toBe("https://crm.example.com");
  });
  it("falls back to the request's host, https only when the proxy says so", () => {
    expect(appOrigin(new Headers({ host: "127.0.0.1:3252" }), {})).toBe("http://127.0.0.1:3252");
    expect(appOrigin(new Headers({ host: "crm.example.com", "x-forwarded-proto": "https, http" }), {})).toBe("https://crm.example.com");
    expect(appOrigin(new Headers({ host: "bad host/<script>" }), {})).toBe("http://localhost:3000");
  });
});

describe("accountErrorCodes", () => {
  it("words reasons, fields and codes as message keys", () => {
    expect(accountErrorCodes({ code: "CONFLICT", reason: "setup_done" })).toEqual({ form: "setupDone", fields: {} });
    expect(accountErrorCodes({ code: "VALIDATION", reason: "wrong_password", fields: { currentPassword: "x" } })).toEqual({ fields: { currentPassword: "wrongPassword" } });
    expect(accountErrorCodes({ code: "VALIDATION", fields: { password: "x", email: "y" } }, { password: "x".repeat(201) })).toEqual({ fields: { password: "passwordTooLong", email: "emailInvalid" } });
    expect(accountErrorCodes({ code: "FORBIDDEN" })).toEqual({ form: "forbidden", fields: {} });
    expect(accountErrorCodes({ code: "INTERNAL" })).toEqual({ form: "failed", fields: {} });
  });
});
