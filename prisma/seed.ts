// Demo data for Voronka: `npm run db:seed` fills an empty database and refuses one with data;
// `npm run db:seed -- --if-empty` leaves a database with data alone (used by `npm run setup`);
// `npm run db:seed -- --force` wipes every table and reseeds.
// The database comes from DATABASE_URL in the environment or the .env files, read as `next start`
// reads them (default file:./data/voronka.db); migrations must be applied.
import { loadEnv } from "../lib/config/load-env.mjs";
import { createPrismaClient } from "../lib/db-client";
import { recomputeStageTotals } from "../lib/deals/recompute-stage-totals";
import { buildSeedData } from "./seed/build";
import { insertAll } from "./seed/insert";
import { printSummary } from "./seed/summary";
import { wipeAll } from "./seed/wipe";
import { decideSeed, describeContents, seedFlags } from "./seed/guard";

loadEnv();

async function main(): Promise<void> {
  const startedAt = Date.now();
  const db = createPrismaClient();
  try {
    const decision = decideSeed(await describeContents(db), seedFlags(process.argv));
    if (decision.action === "skip") {
      console.log(decision.message);
      return;
    }
    if (decision.action === "refuse") {
      console.error(decision.message);
      process.exitCode = 1;
      return;
    }
    const data = await buildSeedData(new Date(startedAt));
    await db.$transaction(
      async (tx) => {
        // Nobody wrote meanwhile (e.g. a first admin created while the demo data was built).
        if (!decision.wipe && (await describeContents(tx)).length > 0) throw new Error("The database got data while seeding; nothing was written.");
        await wipeAll(tx);
        await insertAll(tx, data);
      },
      { timeout: 120_000, maxWait: 10_000 },
    );
    await recomputeStageTotals({ db });
    await printSummary(db, startedAt);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error("Seeding failed:", error);
  process.exitCode = 1;
});
