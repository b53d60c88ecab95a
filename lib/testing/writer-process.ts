// A second app process for the multi-process tests: it opens DATABASE_URL the way the app does
// (lib/db.ts) and runs domain writes when told to. Started by spawnWriter (writer-plan.ts) with a
// JSON plan in argv[2]; says "ready", waits for "go" on stdin so both processes start together,
// prints one JSON line per write and exits.
import readline from "node:readline";
import { db } from "@/lib/db";
import { runPlan, type WriterPlan } from "./writer-plan";

async function main(): Promise<void> {
  const plan = JSON.parse(process.argv[2]) as WriterPlan;
  await db.user.count(); // opened and ready before the start signal
  process.stdout.write("ready\n");
  const lines = readline.createInterface({ input: process.stdin });
  for await (const line of lines) if (line.trim() === "go") break;
  lines.close();
  await runPlan(plan, (outcome) => process.stdout.write(`${JSON.stringify(outcome)}\n`));
  await db.$disconnect();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
