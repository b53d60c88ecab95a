// What `npm run bench` and `npm run bench:web` both record about the machine a run measured on,
// the warning when other processes competed for the CPU, and how each script's main() exits.
import os from "node:os";
import { round2 } from "./measure";

/** Call at the start of a run: the load average is read then and again at the end. */
export function watchMachine() {
  const startLoad = os.loadavg()[0];
  const cpus = os.cpus();
  return {
    /** The first fields of a run's meta: date, Node, cores, CPU model, load average at start and end. */
    meta: () => ({
      date: new Date().toISOString(),
      node: process.version,
      cpus: cpus.length,
      cpuModel: cpus[0]?.model,
      loadAverage: { atStart: round2(startLoad), atEnd: os.loadavg().map(round2) },
    }),
    /** Prints a warning when the load average passed the cores (plus the processes the run itself keeps busy). */
    warnIfBusy(ownProcesses = 0): void {
      const busiest = Math.max(startLoad, os.loadavg()[0]);
      if (busiest > cpus.length + ownProcesses) {
        console.log(`\nWARNING: load average reached ${busiest.toFixed(1)} on ${cpus.length} cores: other processes competed for the CPU, so these numbers are pessimistic.`);
      }
    },
  };
}

/** Runs a script's main(): its exit code, or 1 with the error's message. */
export function runMain(main: () => Promise<number>): void {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
