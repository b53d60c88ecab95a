// The touch stream behind each random deal: the first touch from its source, one or two events
// per stage reached (calls and proposal opens in B2B; cart, checkout and order in the shop),
// the abandoned-cart micro-funnel, and background browsing. Nothing after the deal's last touch.
import { B2B_PAGES, productPage, shopPages, sku } from "./catalog";
import type { SeededDeal } from "./deals";
import { type Attribution, type EventLog, attribution } from "./event-log";
import { DAY, HOUR, addMs, between, chance, float, int, pick } from "./random";

const PHONE: Attribution = { channel: "phone" };
const MESSENGER: Attribution = { channel: "messenger", utmSource: "telegram" };
const TRIGGER_EMAIL = (campaign: string): Attribution => ({ channel: "email", utmSource: "trigger", utmMedium: "email", utmCampaign: campaign });

export function addDealEvents(log: EventLog, s: SeededDeal): void {
  const { deal, plan, person, history, item } = s;
  const b2b = plan.pipeline.key === "b2b";
  const end = s.touchUntil;
  const pid = person.id;
  const src = attribution(plan.source);
  const at = (d: Date, maxAfterHours = 0) => {
    const t = addMs(d, float(0, maxAfterHours) * HOUR);
    return t.getTime() <= end.getTime() ? t : null;
  };
  const add = (type: string, d: Date | null, attr: Attribution, props: Record<string, unknown> = {}) => {
    if (d) log.add(pid, type, d, attr, props);
  };

  // First touch, then the moment the lead or identified visit appears.
  if (plan.source === "ads") add("ad_click", plan.firstTouchAt, src, { network: src.utmSource, campaign: src.utmCampaign });
  if (plan.source === "email") add("email_click", plan.firstTouchAt, src, { campaign: src.utmCampaign });
  log.session(pid, plan.firstTouchAt, src, b2b ? [pick(B2B_PAGES), "/pricing"] : [productPage(item)]);
  if (b2b) {
    const kind = pick(["form", "form", "form", "message", "call"]);
    if (kind === "form") add("form_submit", deal.createdAt, src, { form: pick(["demo-request", "pricing-request", "webinar-signup"]), company: person.company });
    else if (kind === "message") add("message", deal.createdAt, MESSENGER, { direction: "inbound", text: "Hi! Can we see how the pipeline works for a team of 15?" });
    else add("call", deal.createdAt, PHONE, { direction: "inbound", durationSec: int(120, 600) });
  } else {
    add("page_view", deal.createdAt, src, { url: productPage(item), product: item.name });
  }

  const keys = plan.pipeline.stageKeys;
  let cartAt: Date | null = null;
  history.forEach((entry, i) => {
    const step = entry.step;
    if (!step || step.kind !== "move") return;
    const key = keys[step.to];
    const next = history.slice(i + 1).find((e) => e.step?.kind === "move")?.at ?? end;
    if (b2b) {
      if (key === "qualified") add("call", at(entry.at), PHONE, { direction: "outbound", durationSec: int(180, 600), topic: "qualification" });
      if (key === "discovery") add("call", at(entry.at), PHONE, { direction: "outbound", durationSec: int(900, 2400), topic: "discovery" });
      if (key === "demo") {
        add("call", at(entry.at), PHONE, { direction: "outbound", durationSec: int(1800, 3600), topic: "demo" });
        add("page_view", at(entry.at, 30), src, { url: pick(["/features/pipeline", "/features/analytics", "/cases"]) });
      }
      if (key === "proposal") {
        const opened = at(entry.at, 20);
        add("email_open", opened, TRIGGER_EMAIL("proposal"), { subject: "Commercial proposal" });
        if (opened && chance(0.6)) add("email_click", at(opened, 2), TRIGGER_EMAIL("proposal"), { url: "/proposal" });
        if (chance(0.5)) add("page_view", at(entry.at, 48), { channel: "direct" }, { url: "/pricing" });
      }
      if (key === "negotiation") {
        add("call", at(entry.at), PHONE, { direction: "outbound", durationSec: int(600, 2400), topic: "terms" });
        add("message", at(entry.at, 30), MESSENGER, { direction: "inbound", text: pick(["Sent the redlines", "Can you hold the price till the end of the month?", "Legal will review the contract this week"]) });
      }
      if (key === "contract") add("email_open", at(entry.at, 10), TRIGGER_EMAIL("contract"), { subject: "Contract for signature" });
      return;
    }
    const price = Math.round(Number(deal.value) / 100);
    if (key === "returned") add("page_view", at(entry.at), attribution(pick(["direct", "email", "ads", "organic"])), { url: productPage(item), visit: "return" });
    if (key === "cart") {
      cartAt = at(entry.at);
      add("cart_add", cartAt, { channel: "direct" }, { product: item.name, sku: sku(item), price, qty: s.qty, currency: deal.currency });
      // Left without checking out within a couple of hours: the abandoned-cart micro-funnel starts.
      if (cartAt && next.getTime() - cartAt.getTime() > 3 * HOUR) {
        const left = at(addMs(cartAt, float(1, 3) * HOUR));
        add("cart_abandoned", left, { channel: "direct" }, { product: item.name, cartTotal: price });
        const mail = left && at(addMs(left, float(2, 20) * HOUR));
        if (mail && chance(0.6)) {
          add("email_open", mail, TRIGGER_EMAIL("abandoned-cart"), { subject: "You left something in your cart" });
          if (chance(0.5)) add("email_click", at(addMs(mail, float(0.05, 2) * HOUR)), TRIGGER_EMAIL("abandoned-cart"), { url: "/cart" });
        }
        if (left && chance(0.3)) add("ad_click", at(addMs(left, float(6, 48) * HOUR)), { channel: "ads", utmSource: "yandex", utmMedium: "cpc", utmCampaign: "retargeting-cart" }, { network: "yandex" });
      }
    }
    if (key === "checkout") add("checkout_started", at(entry.at), { channel: "direct" }, { cartTotal: price, items: s.qty });
    if (key === "payment") add("page_view", at(entry.at), { channel: "direct" }, { url: "/checkout/payment", method: pick(["card", "sbp", "card", "on-delivery"]) });
    if (key === "confirmed") add("order", at(entry.at), { channel: "direct" }, { orderId: `A-${10_000 + int(0, 89_999)}`, total: price, currency: deal.currency });
    if (key === "delivery") add("email_open", at(entry.at, 6), TRIGGER_EMAIL("order-shipped"), { subject: "Your order is on its way" });
  });

  // Background touches across the deal's life.
  const from = deal.createdAt;
  const days = Math.max(0, (end.getTime() - from.getTime()) / DAY);
  const views = b2b ? int(3, 14) + Math.floor(days / 6) : int(1, 6) + Math.floor(days / 3);
  for (let i = 0; i < views; i++) {
    log.view(pid, between(from, end), chance(0.7) ? { channel: "direct" } : src, pick(b2b ? B2B_PAGES : shopPages(item)));
  }
  const newsletters = b2b ? int(0, 4) : int(0, 2);
  for (let i = 0; i < newsletters; i++) {
    const opened = between(from, end);
    const mail = TRIGGER_EMAIL(pick(["digest-weekly", "case-study", "webinar-invite"]));
    add("email_open", opened, mail, { subject: "Voronka digest" });
    if (chance(0.3)) add("email_click", at(addMs(opened, float(0.01, 1) * HOUR)), mail, { url: pick(B2B_PAGES) });
  }
  if (chance(b2b ? 0.5 : 0.15)) add("message", between(from, end), MESSENGER, { direction: "inbound", text: pick(["Is there an invoice option?", "Do you deliver to Kazan?", "Any news?", "Can you invoice our company?"]) });

  // Live open deals are busy lately: a burst of touches in the days before the last one.
  if (deal.status === "OPEN" && !plan.rotting) {
    const since = new Date(Math.max(deal.createdAt.getTime(), end.getTime() - 4 * DAY));
    const stage = plan.pipeline.stages.findIndex((st) => st.id === deal.stageId); // hotter near the close
    const burst = int(b2b ? 1 : 0, b2b ? 3 + stage : 2 + Math.ceil(stage / 2));
    for (let i = 0; i < burst; i++) {
      const type = b2b ? pick(["page_view", "page_view", "email_open", "email_click", "message", "message", "call"]) : pick(["page_view", "page_view", "message"]);
      const attr = type === "call" ? PHONE : type === "message" ? MESSENGER : type.startsWith("email") ? TRIGGER_EMAIL("follow-up") : { channel: "direct" };
      add(type, between(since, end), attr, type === "page_view" ? { url: pick(b2b ? B2B_PAGES : shopPages(item)) } : {});
    }
  }

  // Open deals: the last touch happens exactly at the planned moment (old for rotting deals).
  if (deal.status === "OPEN" && end.getTime() - deal.stageEnteredAt.getTime() > HOUR) {
    if (b2b) add(pick(["email_open", "message", "page_view"]), end, { channel: "direct" }, { url: "/pricing" });
    else add("page_view", end, { channel: "direct" }, { url: productPage(item) });
  }
}
