// What an event's properties say, picked for display: a headline variant and the few fields worth
// showing (product, URL, amount, message text, call length…). Clients send any JSON, so every
// field is checked for its type and anything unexpected is left out. Pure.
import type { EventItem } from "./types";

export interface EventDetails {
  /** The message key of the headline: the type, or "<type>_in" / "<type>_out" for a direction. */
  headline: string;
  product: string | null;
  url: string | null;
  /** In major units (what clients send), with the currency when the event names one. */
  amount: { value: number; currency: string | null } | null;
  quantity: number | null;
  text: string | null;
  subject: string | null;
  form: string | null;
  orderId: string | null;
  topic: string | null;
  durationSec: number | null;
  campaign: string | null;
}

const KNOWN = new Set([
  "page_view",
  "cart_add",
  "cart_abandoned",
  "checkout_started",
  "order",
  "message",
  "call",
  "email_open",
  "email_click",
  "form_submit",
  "ad_click",
]);

const text = (value: unknown, max = 500): string | null => {
  if (typeof value !== "string") return null;
  const trimmed = value.trim();
  if (!trimmed) return null;
  return trimmed.length > max ? `${trimmed.slice(0, max - 1)}…` : trimmed;
};

const number = (value: unknown): number | null => {
  const n = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
  return typeof n === "number" && Number.isFinite(n) ? n : null;
};

const currencyCode = (value: unknown): string | null => (typeof value === "string" && /^[A-Z]{3}$/.test(value) ? value : null);

export function eventDetails(event: Pick<EventItem, "type" | "properties" | "utm">): EventDetails {
  const p = event.properties;
  const direction = p.direction === "inbound" ? "in" : p.direction === "outbound" ? "out" : null;
  const known = KNOWN.has(event.type);
  const headline = !known ? "other" : direction && (event.type === "call" || event.type === "message") ? `${event.type}_${direction}` : event.type;
  const price = number(p.price);
  const quantity = number(p.qty ?? p.quantity);
  const total = number(p.total ?? p.cartTotal ?? p.amount ?? p.value);
  const value = total ?? (price !== null ? price * (quantity ?? 1) : null);
  return {
    headline,
    product: text(p.product ?? p.productName, 200),
    url: text(p.url ?? p.page ?? p.path, 300),
    amount: value !== null ? { value, currency: currencyCode(p.currency) } : null,
    quantity: quantity !== null && quantity > 1 ? quantity : null,
    text: text(p.text ?? p.body),
    subject: text(p.subject, 200),
    form: text(p.form, 100),
    orderId: text(p.orderId, 60),
    topic: text(p.topic, 100),
    durationSec: number(p.durationSec ?? p.duration),
    campaign: text(p.campaign, 100) ?? event.utm.campaign,
  };
}
