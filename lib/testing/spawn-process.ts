// Child processes for the tests that need a second process on one database: a line-based
// conversation (send a line, wait for a line matching a pattern) and the exit code and output.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import readline from "node:readline";

export interface TestProcess {
  child: ChildProcessWithoutNullStreams;
  /** Writes one line to the process's stdin. */
  send(line: string): void;
  /** Gives every later stdout line to `handler` first; lines it returns true for go nowhere else. */
  onLine(handler: (line: string) => boolean): void;
  /** The next stdout line matching `pattern` (lines already seen count too). */
  waitFor(pattern: RegExp): Promise<string>;
  /** Exit code (null when killed by a signal) and the whole output. */
  exited: Promise<{ code: number | null; stdout: string; stderr: string }>;
}

/** Starts `node <args>` in the working directory with `env`. */
export function startNode(args: string[], env: NodeJS.ProcessEnv = process.env): TestProcess {
  const child = spawn(process.execPath, args, { env, stdio: ["pipe", "pipe", "pipe"] });
  const lines: string[] = [];
  const waiters: { pattern: RegExp; resolve: (line: string) => void }[] = [];
  const handlers: ((line: string) => boolean)[] = [];
  let stdout = "";
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdin.on("error", () => {}); // a line sent after the process ended goes nowhere
  readline.createInterface({ input: child.stdout }).on("line", (line) => {
    stdout += `${line}\n`;
    if (handlers.some((handler) => handler(line))) return;
    const waiter = waiters.find((w) => w.pattern.test(line));
    if (!waiter) return void lines.push(line);
    waiters.splice(waiters.indexOf(waiter), 1);
    waiter.resolve(line);
  });
  const exited = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on("close", (code) => resolve({ code, stdout, stderr })),
  );
  return {
    child,
    onLine: (handler) => void handlers.push(handler),
    send: (line) => {
      if (child.stdin.writable) child.stdin.write(`${line}\n`);
    },
    waitFor(pattern) {
      const seen = lines.find((line) => pattern.test(line));
      if (seen !== undefined) {
        lines.splice(lines.indexOf(seen), 1);
        return Promise.resolve(seen);
      }
      const next = new Promise<string>((resolve) => waiters.push({ pattern, resolve }));
      // A process that dies first fails the wait with its output instead of hanging the test.
      return Promise.race([
        next,
        exited.then(({ code, stdout: out, stderr: err }) => {
          throw new Error(`process exited (${code}) before printing ${pattern}: ${out}${err}`);
        }),
      ]);
    },
    exited,
  };
}

/**
 * A process that runs each SQL line it is sent on a plain better-sqlite3 connection to `file` (a
 * command writing beside the app) and answers "ok" or "error <code>".
 */
export function startSqlShell(file: string, busyTimeoutMs = 10_000): TestProcess {
  const script = `
    const db = new (require("better-sqlite3"))(process.argv[1], { timeout: ${busyTimeoutMs} });
    process.stdout.write("ready\\n");
    require("node:readline").createInterface({ input: process.stdin }).on("line", (sql) => {
      try { db.exec(sql); process.stdout.write("ok\\n"); }
      catch (e) { process.stdout.write("error " + e.code + "\\n"); }
    });`;
  return startNode(["-e", script, file]);
}

/** An app process as far as start-up goes, on DATABASE_URL `url` (lib/testing/app-start-process.ts). */
export function startAppProcess(url: string): TestProcess {
  const env = { ...process.env, DATABASE_URL: url, NEXT_RUNTIME: "nodejs", AUTOMATION_SCHEDULER: "off" };
  return startNode(["--conditions=react-server", "--import", "tsx", "lib/testing/app-start-process.ts"], env);
}
