// public/track.js: small, built from track.src.js, and what it sends is a batch the event API
// accepts. Runs the real file in a simulated page (node:vm), then ingests what it sent.
import fs from "node:fs";
import vm from "node:vm";
import { transformSync } from "esbuild";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetDatabase } from "@/lib/testing/test-db";
import { createUser } from "@/lib/testing/fixtures";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { verifyApiKey } from "@/lib/api-keys/verify-api-key";
import { ingestEvents } from "./ingest-events";

const built = fs.readFileSync(new URL("../../public/track.js", import.meta.url), "utf8");
const source = fs.readFileSync(new URL("./track.src.js", import.meta.url), "utf8");
const KEY = "vk_live_ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef";

class MemoryStorage {
  private map = new Map<string, string>();
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.map.set(k, String(v));
  }
}

interface Sent {
  via: "fetch" | "beacon";
  url: string;
  body: { key: string; events: Record<string, unknown>[] };
}

/** A page at `href` that loads track.js; `before` runs first (e.g. the queueing stub). */
function page(options: { href: string; referrer?: string; localStorage?: MemoryStorage; before?: string; attrs?: Record<string, string> }) {
  const sent: Sent[] = [];
  const timers: (() => void)[] = [];
  const listeners: Record<string, (() => void)[]> = {};
  const attrs: Record<string, string> = { "data-key": KEY, ...options.attrs };
  const document = {
    currentScript: { src: "https://crm.example.com/track.js", getAttribute: (n: string) => attrs[n] ?? null },
    referrer: options.referrer ?? "",
    title: "Pricing",
    visibilityState: "visible",
    addEventListener: (type: string, fn: () => void) => (listeners[type] ??= []).push(fn),
  };
  const blobText = (blob: Blob) => (blob as unknown as { text: string }).text;
  // In a browser `window` is the global object: the sandbox is both.
  const window: Record<string, unknown> = {
    localStorage: options.localStorage ?? new MemoryStorage(),
    sessionStorage: new MemoryStorage(),
    addEventListener: (type: string, fn: () => void) => (listeners[type] ??= []).push(fn),
  };
  window.window = window;
  const context = vm.createContext(
    Object.assign(window, {
    document,
    location: new URL(options.href),
    navigator: { sendBeacon: (url: string, blob: Blob) => (sent.push({ via: "beacon", url, body: JSON.parse(blobText(blob)) }), true) },
    fetch: async (url: string, init: { body: string }) => (sent.push({ via: "fetch", url, body: JSON.parse(init.body) }), { status: 200 }),
    Blob: class {
      constructor(readonly parts: string[]) {}
      get text() {
        return this.parts.join("");
      }
    },
    setTimeout: (fn: () => void) => timers.push(fn),
    clearTimeout: () => {},
    crypto: globalThis.crypto,
    URL,
    URLSearchParams,
    JSON,
    Array,
    Object,
    Uint8Array,
    Date,
    String,
    }),
  );
  if (options.before) vm.runInContext(options.before, context);
  vm.runInContext(built, context);
  const voronka = (...args: unknown[]) => (window.voronka as (...a: unknown[]) => void)(...args);
  return {
    sent,
    voronka,
    flushTimers: () => timers.splice(0).forEach((fn) => fn()),
    fire: (type: string) => (listeners[type] ?? []).forEach((fn) => fn()),
    storage: window.localStorage as MemoryStorage,
  };
}

beforeEach(async () => {
  await resetDatabase(db);
});

describe("public/track.js", () => {
  it("is the minified track.src.js and stays under 2 KB", () => {
    const minified = transformSync(source, { minify: true, legalComments: "inline", loader: "js" }).code;
    expect(built.trim()).toBe(minified.trim());
    expect(Buffer.byteLength(built)).toBeLessThan(2048);
  });

  it("sends a page view on load and custom events in one batch, with the key, utm and an anonymous id", () => {
    const p = page({ href: "https://shop.example.com/pricing?utm_source=yandex&utm_medium=cpc&utm_campaign=spring" });
    p.voronka("track", "cart_add", { sku: "ESPRE-1" });
    expect(p.sent).toHaveLength(0);
    p.flushTimers();
    expect(p.sent).toHaveLength(1);
    const [{ url, body, via }] = p.sent;
    expect({ url, via, key: body.key }).toEqual({ url: "https://crm.example.com/api/v1/events", via: "fetch", key: KEY });
    expect(body.events.map((e) => e.type)).toEqual(["page_view", "cart_add"]);
    const [view, cart] = body.events;
    expect(view).toMatchObject({ channel: "ads", utm: { source: "yandex", medium: "cpc", campaign: "spring" }, properties: { url: "https://shop.example.com/pricing?utm_source=yandex&utm_medium=cpc&utm_campaign=spring", title: "Pricing" } });
    expect((view.identities as { anonymousId: string }).anonymousId).toMatch(/^v_[0-9a-f]{20}$/);
    expect(cart.identities).toEqual(view.identities);
    expect(cart.properties).toMatchObject({ sku: "ESPRE-1" });
    expect(view.id).not.toBe(cart.id);
  });

  it("keeps the anonymous id across visits, replays calls made before it loaded, beacons on page hide", () => {
    const storage = new MemoryStorage();
    const first = page({ href: "https://shop.example.com/", localStorage: storage, referrer: "https://www.google.com/" });
    first.fire("pagehide");
    expect(first.sent[0].via).toBe("beacon");
    expect(first.sent[0].body.events[0]).toMatchObject({ type: "page_view", channel: "organic" });
    const stub = "window.voronka = function () { (voronka.q = voronka.q || []).push(arguments) }; voronka('identify', { email: 'Maria@Example.com', name: 'Мария' });";
    const second = page({ href: "https://shop.example.com/cart", localStorage: storage, before: stub, attrs: { "data-page-views": "off" } });
    second.flushTimers();
    const events = second.sent[0].body.events;
    expect(events.map((e) => e.type)).toEqual(["identify"]);
    expect(events[0]).toMatchObject({ identities: { anonymousId: (first.sent[0].body.events[0].identities as { anonymousId: string }).anonymousId, email: "Maria@Example.com" }, traits: { name: "Мария" }, channel: "direct" });
  });

  it("sends batches the event API accepts, tying the visitor to the email it identifies with", async () => {
    const admin = await createUser("ADMIN");
    const { secret } = await createApiKey({ actor: admin, name: "site" });
    const key = await verifyApiKey({ bodyKey: secret });
    const storage = new MemoryStorage();
    const visit = page({ href: "https://shop.example.com/?utm_medium=email&utm_source=digest", localStorage: storage });
    visit.voronka("track", "cart_add", { sku: "X-1", price: 2500 });
    visit.voronka("identify", { email: "maria@example.com", phone: "8 912 000 11 22", name: "Мария" });
    visit.flushTimers();
    for (const { body } of visit.sent) expect(await ingestEvents({ key, body })).toEqual({ accepted: 3, duplicates: 0, rejected: [] });
    const person = await db.person.findFirstOrThrow({ include: { identities: true } });
    expect(person).toMatchObject({ name: "Мария", firstTouchChannel: "email" });
    expect(person.identities.map((i) => i.kind).sort()).toEqual(["ANON_ID", "EMAIL", "PHONE"]);
    expect(await db.event.count({ where: { personId: person.id } })).toBe(3);
  });
});
