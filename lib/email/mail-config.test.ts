import { describe, expect, it } from "vitest";
import { mailConfigFromEnv } from "./mail-config";

describe("mailConfigFromEnv", () => {
  it("is null without SMTP settings (the outbox takes the mail)", () => {
    expect(mailConfigFromEnv({})).toBeNull();
    expect(mailConfigFromEnv({ MAIL_FROM: "a@b.c", SMTP_HOST: "  " })).toBeNull();
  });

  it("prefers SMTP_URL", () => {
    expect(mailConfigFromEnv({ SMTP_URL: "smtp://u:p@mail:2525", SMTP_HOST: "ignored", MAIL_FROM: "Sales <sales@shop.ru>" })).toEqual({
      transport: "smtp://u:p@mail:2525",
      from: "Sales <sales@shop.ru>",
    });
  });

  it("builds host settings: TLS on 465 by default, auth only with a user", () => {
    expect(mailConfigFromEnv({ SMTP_HOST: "mail", SMTP_PORT: "465", SMTP_USER: "bot", SMTP_PASSWORD: "pw" })?.transport).toEqual({
      host: "mail",
      port: 465,
      secure: true,
      auth: { user: "bot", pass: "pw" },
    });
    expect(mailConfigFromEnv({ SMTP_HOST: "mail" })?.transport).toEqual({ host: "mail", port: 587, secure: false });
    expect(mailConfigFromEnv({ SMTP_HOST: "mail", SMTP_PORT: "587", SMTP_SECURE: "true" })?.transport).toMatchObject({ secure: true });
  });

  it("rejects a port that is not a number", () => {
    expect(() => mailConfigFromEnv({ SMTP_HOST: "mail", SMTP_PORT: "smtp" })).toThrow(/SMTP_PORT/);
  });
});
