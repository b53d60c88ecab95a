// Anonymous web visitors known only by a cookie id: no deal yet, some with a cart they left —
// exactly the people the "left the cart" automation and retargeting are for.
import { PRODUCTS, productPage, shopPages, sku } from "./catalog";
import { type EventLog, attribution } from "./event-log";
import type { PeopleBuilder } from "./people";
import { DAY, HOUR, addDays, addMs, chance, float, int, pick, weighted } from "./random";

export function addVisitors(options: { people: PeopleBuilder; log: EventLog; now: Date; count: number }): void {
  const { people, log, now, count } = options;
  for (let i = 0; i < count; i++) {
    const source = weighted([["ads", 40], ["organic", 25], ["social", 20], ["direct", 10], ["referral", 5]]);
    const attr = attribution(source);
    // Half of them came recently: fresh, warm-ish anonymous traffic on the dashboard.
    const start = addDays(now, -(chance(0.5) ? float(0.2, 10) : float(10, 170)));
    const person = people.add({ segment: "visitor", ownerId: null, firstTouchChannel: source, createdAt: start });
    const item = pick(PRODUCTS);
    if (source === "ads") log.add(person.id, "ad_click", start, attr, { network: attr.utmSource, campaign: attr.utmCampaign });
    log.session(person.id, start, attr, [productPage(item), pick(shopPages(item))]);
    const visits = int(0, 4);
    let t = start;
    for (let v = 0; v < visits; v++) {
      t = addMs(t, float(0.1, 4) * DAY);
      log.session(person.id, t, chance(0.6) ? { channel: "direct" } : attr, [pick(shopPages(item)), productPage(item)]);
    }
    if (chance(0.4)) {
      const cart = addMs(t, float(0.05, 1) * HOUR);
      log.add(person.id, "cart_add", cart, { channel: "direct" }, { product: item.name, sku: sku(item), price: Math.round(float(item.min, item.max)), qty: 1 });
      log.add(person.id, "cart_abandoned", addMs(cart, float(1, 3) * HOUR), { channel: "direct" }, { product: item.name });
    }
  }
}
