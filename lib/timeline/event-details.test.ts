import { describe, expect, it } from "vitest";
import { eventDetails } from "./event-details";

const utm = { source: null, medium: null, campaign: null };
const details = (type: string, properties: Record<string, unknown>, campaign: string | null = null) =>
  eventDetails({ type, properties, utm: { ...utm, campaign } });

describe("eventDetails", () => {
  it("shows a cart add's product and amount (price × quantity) with its currency", () => {
    expect(details("cart_add", { product: "Espresso machine", sku: "ESPRES-0451", price: 48990, qty: 2, currency: "RUB" })).toMatchObject({
      headline: "cart_add",
      product: "Espresso machine",
      amount: { value: 97980, currency: "RUB" },
      quantity: 2,
    });
    expect(details("order", { orderId: "A-12345", total: "1500", currency: "rub" })).toMatchObject({
      orderId: "A-12345",
      amount: { value: 1500, currency: null },
    });
  });

  it("tells inbound and outbound calls and messages apart, with their text and length", () => {
    expect(details("call", { direction: "outbound", durationSec: 900, topic: "terms" })).toMatchObject({ headline: "call_out", durationSec: 900, topic: "terms" });
    expect(details("message", { direction: "inbound", text: "  Sent the redlines " })).toMatchObject({ headline: "message_in", text: "Sent the redlines" });
    expect(details("message", {}).headline).toBe("message");
  });

  it("keeps URLs, subjects and campaigns (from properties or UTM), and ignores values of the wrong type", () => {
    expect(details("page_view", { url: "/pricing" })).toMatchObject({ headline: "page_view", url: "/pricing", amount: null, product: null });
    expect(details("email_open", { subject: "Commercial proposal" }, "proposal")).toMatchObject({ subject: "Commercial proposal", campaign: "proposal" });
    expect(details("ad_click", { network: "yandex", campaign: "brand-search" }, "other")).toMatchObject({ campaign: "brand-search" });
    expect(details("page_view", { url: 42, product: ["x"], price: "cheap", text: "" })).toMatchObject({ url: null, product: null, amount: null, text: null });
    expect(details("webinar_join", { url: "/webinar" })).toMatchObject({ headline: "other", url: "/webinar" });
    expect(details("message", { text: "x".repeat(800) }).text).toHaveLength(500);
  });
});
