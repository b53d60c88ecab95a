// `npm start`: the production server (`next start`), configured like every other command: the
// environment and the .env files (lib/config/load-env.mjs) give PORT (default 3000) and HOST, the
// address to listen on (default: every interface; 127.0.0.1 behind a reverse proxy on the same
// machine). Extra arguments go to `next start`. The server itself refuses to start without a
// safe AUTH_SECRET (instrumentation.ts).
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { loadEnv } from "../config/load-env.mjs";

loadEnv();
const args = ["start"];
if (process.env.HOST) args.push("-H", process.env.HOST);
args.push(...process.argv.slice(2));

// Next's own binary, not `npx next`: signals reach the server itself.
const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
const server = spawn(process.execPath, [nextBin, ...args], { stdio: "inherit", env: process.env });
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
