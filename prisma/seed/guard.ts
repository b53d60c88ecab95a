// Whether `npm run db:seed` may write: the demo seed replaces everything, so it runs on an
// empty database only, unless told `--force`. `--if-empty` (used by `npm run setup` and
// `npm run demo`) quietly leaves a database with data alone.
import type { Tx } from "../../lib/db-client";

export interface SeedFlags {
  force: boolean;
  ifEmpty: boolean;
}

export function seedFlags(argv: readonly string[]): SeedFlags {
  return { force: argv.includes("--force"), ifEmpty: argv.includes("--if-empty") };
}

/** What the database already holds, in the words the refusal prints (empty when nothing). */
export async function describeContents(db: Tx): Promise<string[]> {
  const [users, pipelines, people, deals, events] = await Promise.all([
    db.user.count(),
    db.pipeline.count(),
    db.person.count(),
    db.deal.count(),
    db.event.count(),
  ]);
  const parts: [number, string, string][] = [
    [users, "user", "users"],
    [pipelines, "pipeline", "pipelines"],
    [people, "person", "people"],
    [deals, "deal", "deals"],
    [events, "event", "events"],
  ];
  return parts.filter(([n]) => n > 0).map(([n, one, many]) => `${n} ${n === 1 ? one : many}`);
}

export type SeedDecision = { action: "seed"; wipe: boolean } | { action: "skip"; message: string } | { action: "refuse"; message: string };

export function decideSeed(contents: string[], flags: SeedFlags): SeedDecision {
  if (contents.length === 0) return { action: "seed", wipe: false };
  if (flags.force) return { action: "seed", wipe: true };
  const holds = contents.join(", ");
  if (flags.ifEmpty) return { action: "skip", message: `The database already has data (${holds}): not seeding the demo data.` };
  return {
    action: "refuse",
    message: [
      `Refusing to seed: the database already has data (${holds}).`,
      "`npm run db:seed` loads the demo data into an EMPTY database only.",
      "To DELETE EVERYTHING in this database and load the demo data instead, run: npm run db:seed -- --force",
    ].join("\n"),
  };
}
