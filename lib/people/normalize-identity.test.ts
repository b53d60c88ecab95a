import { describe, expect, it } from "vitest";
import { normalizePhone } from "./find-or-create-person";
import { normalizeIdentity, phoneDigits } from "./normalize-identity";

const ok = (value: string) => ({ ok: true, value });
const bad = { ok: false, message: expect.any(String) };

describe("normalizeIdentity", () => {
  it("lowercases and checks emails", () => {
    expect(normalizeIdentity("EMAIL", "  Maria@Romashka.RU ")).toEqual(ok("maria@romashka.ru"));
    expect(normalizeIdentity("EMAIL", "maria@")).toEqual(bad);
    expect(normalizeIdentity("EMAIL", "   ")).toEqual({ ok: false, message: "Enter a value" });
  });

  it("keeps a phone's digits and leading +, as quick add does", () => {
    expect(normalizeIdentity("PHONE", "+7 (912) 000-11-22")).toEqual(ok("+79120001122"));
    expect(normalizeIdentity("PHONE", "8 912 000 11 22")).toEqual(ok("+79120001122"));
    expect(normalizeIdentity("PHONE", "call me")).toEqual(bad);
    expect(normalizeIdentity("PHONE", "12-34")).toEqual(bad);
    expect(normalizeIdentity("PHONE", "+1234567890123456")).toEqual(bad);
    for (const raw of ["+7 (912) 000-11-22", " 8 912 000 11 22 ", "(495) 123-45-67"]) expect(phoneDigits(raw)).toBe(normalizePhone(raw));
  });

  it("writes messenger handles one way", () => {
    expect(normalizeIdentity("MESSENGER", "@Maria_Ivanova")).toEqual(ok("telegram:@maria_ivanova"));
    expect(normalizeIdentity("MESSENGER", "Telegram: maria_ivanova")).toEqual(ok("telegram:@maria_ivanova"));
    expect(normalizeIdentity("MESSENGER", "https://t.me/Maria_Ivanova")).toEqual(ok("telegram:@maria_ivanova"));
    expect(normalizeIdentity("MESSENGER", "whatsapp:+7 912 000-11-22")).toEqual(ok("whatsapp:+79120001122"));
    expect(normalizeIdentity("MESSENGER", "vk:id12345")).toEqual(ok("vk:id12345"));
    expect(normalizeIdentity("MESSENGER", "maria")).toEqual(bad);
    expect(normalizeIdentity("MESSENGER", "telegram:@a b")).toEqual(bad);
  });

  it("keeps web and external ids as typed, without spaces", () => {
    expect(normalizeIdentity("ANON_ID", " a_1f2e3d ")).toEqual(ok("a_1f2e3d"));
    expect(normalizeIdentity("EXTERNAL", "crm 42")).toEqual(bad);
    expect(normalizeIdentity("EXTERNAL", "x".repeat(321))).toEqual(bad);
  });
});
