// Makes the `npm run bench` data usable in a browser: a password for the HEAD user (the seed's
// users cannot sign in) and 10k events on one person, for the person page's timeline.
import Database from "better-sqlite3";
import bcrypt from "bcryptjs";
import { isoDate } from "./bench-fixture";

export const WEB_USER = { id: "bench-u1", email: "bench-u1@voronka.test", password: "bench-web-password" };
export const TIMELINE_PERSON = "bench-p0";
const TYPES = ["page_view", "cart_add", "email_open", "message", "call", "order"];

export function prepareWebData(file: string, events = 10_000): void {
  const db = new Database(file);
  try {
    db.prepare(`UPDATE "User" SET "passwordHash" = ?, "locale" = 'en' WHERE "id" = ?`).run(bcrypt.hashSync(WEB_USER.password, 4), WEB_USER.id);
    const insert = db.prepare(
      `INSERT INTO "Event" ("id", "externalId", "personId", "type", "channel", "occurredAt", "properties", "receivedAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const now = Date.now();
    db.transaction(() => {
      for (let i = 0; i < events; i++) {
        const at = isoDate(now - i * 45 * 60_000);
        insert.run(`bench-web-e${i}`, `bench-web-e${i}`, TIMELINE_PERSON, TYPES[i % TYPES.length], i % 3 ? "site" : "email", at, JSON.stringify({ path: `/p/${i % 50}` }), at);
      }
    })();
  } finally {
    db.close();
  }
}
