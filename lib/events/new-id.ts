// Row ids for rows written with raw SQL (Prisma's cuid() default only runs for Prisma writes),
// shaped like Prisma's cuids: "c" + time (8 base-36 digits) + a per-process counter (4) + 12
// random characters. Time first matters: new rows land at the end of the primary-key index
// instead of dirtying a random page of it for every insert.
import { randomBytes } from "node:crypto";

const ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";
let counter = 0;

export function newIds(count: number): string[] {
  const time = Date.now().toString(36).padStart(8, "0").slice(-8);
  const bytes = randomBytes(count * 12);
  const ids: string[] = new Array(count);
  for (let i = 0; i < count; i++) {
    counter = (counter + 1) % 1_679_616; // 36^4
    let id = "c" + time + counter.toString(36).padStart(4, "0");
    for (let j = 0; j < 12; j++) id += ALPHABET[bytes[i * 12 + j] % 36];
    ids[i] = id;
  }
  return ids;
}

export function newId(): string {
  return newIds(1)[0];
}
