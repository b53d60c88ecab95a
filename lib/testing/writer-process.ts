// A second app process for the multi-process tests: it opens DATABASE_URL the way the app does
// (lib/db.ts) and runs domain writes when told to. Started by spawnWriter (writer-plan.ts) with a
// JSON plan in argv[2]; says "ready", starts on "go", prints one JSON line per write, ends a churn
// on "stop", and exits.
import readline from "node:readline";
import { db } from "@/lib/db";
import { runPlan, type WriterPlan } from "./writer-plan";

async function main(): Promise<void> {
  const plan = JSON.parse(process.argv[2]) as WriterPlan;
  await db.user.count(); // opened and ready before the start signal
  let stopped = false;
  let start: () => void = () => {};
  const started = new Promise<void>((resolve) => (start = resolve));
  const lines = readline.createInterface({ input: process.stdin });
  lines.on("line", (line) => {
    if (line.trim() === "go") start();
    if (line.trim() === "stop") stopped = true;
  });
  process.stdout.write("ready\n");
  await started;
  await runPlan(plan, (outcome) => process.stdout.write(`${JSON.stringify(outcome)}\n`), () => stopped);
  lines.close();
  await db.$disconnect();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
