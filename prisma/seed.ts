// Demo data for Voronka: `npm run db:seed` wipes every table and reseeds;
// `npm run db:seed -- --if-empty` does nothing when any user exists (used by `npm run setup`).
// The database comes from DATABASE_URL in the environment or the .env files, read as `next start`
// reads them (default file:./data/voronka.db); migrations must be applied.
import { loadEnv } from "../lib/config/load-env.mjs";
import { createPrismaClient } from "../lib/db-client";
import { recomputeStageTotals } from "../lib/deals/recompute-stage-totals";
import { buildSeedData } from "./seed/build";
import { insertAll } from "./seed/insert";
import { printSummary } from "./seed/summary";
import { wipeAll } from "./seed/wipe";

loadEnv();

async function main(): Promise<void> {
  const startedAt = Date.now();
  const ifEmpty = process.argv.includes("--if-empty");
  const db = createPrismaClient();
  try {
    if (ifEmpty && (await db.user.count()) > 0) {
      console.log("Database already seeded");
      return;
    }
    const data = await buildSeedData(new Date(startedAt));
    await db.$transaction(
      async (tx) => {
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
