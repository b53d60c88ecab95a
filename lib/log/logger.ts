// The one logger: one JSON line per entry on stdout (pino), for the app, the scheduler and the
// commands. LOG_LEVEL sets the level (fatal, error, warn, info (default), debug, trace, silent).
// Nothing secret or personal may reach a line: known fields are redacted by path, and every line
// is scrubbed on its way out (emails, API keys, Bearer tokens, passwords in connection URLs), so a
// stray error message cannot leak them either. Not "server-only": the CLI and tests use it too.
import pino, { type DestinationStream, type Logger } from "pino";

export type { Logger };

const LEVELS = new Set(["fatal", "error", "warn", "info", "debug", "trace", "silent"]);

/** LOG_LEVEL, or "info" when unset or not a level. */
export function logLevelFromEnv(value: string | undefined): string {
  const level = value?.trim().toLowerCase();
  return level && LEVELS.has(level) ? level : "info";
}

/** Field paths that never carry their value into a log line. */
const REDACT_PATHS = [
  "authorization",
  "cookie",
  "password",
  "passwordHash",
  "secret",
  "token",
  "email",
  "headers.authorization",
  "headers.cookie",
  "*.authorization",
  "*.cookie",
  "*.password",
  "*.passwordHash",
  "*.secret",
  "*.token",
  "*.email",
];

// In this order: a URL's password first (user:password@host also looks like an email).
const SCRUBBERS: [RegExp, string][] = [
  // scheme://user:password@host → scheme://user:[redacted]@host
  [/(\b[a-z][a-z0-9+.-]*:\/\/[^\s:/@"\\]*:)[^\s@/"\\]+@/gi, "$1[redacted]@"],
  [/(Bearer\s+)[^\s"\\]+/gi, "$1[redacted]"],
  [/\bvk_[a-z]+_[A-Za-z0-9_-]+/g, "[api-key]"],
  [/[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g, "[email]"],
];

/** Removes emails, API keys, Bearer tokens and URL passwords from a string. */
export function scrub(text: string): string {
  let result = text;
  for (const [pattern, replacement] of SCRUBBERS) result = result.replace(pattern, replacement);
  return result;
}

export function createLogger(options: { level?: string; destination?: DestinationStream } = {}): Logger {
  return pino(
    {
      level: options.level ?? logLevelFromEnv(process.env.LOG_LEVEL),
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACT_PATHS, censor: "[redacted]" },
      hooks: { streamWrite: scrub },
    },
    options.destination,
  );
}

// One instance per process, shared by Next's separately bundled server code (instrumentation,
// routes, actions) through globalThis.
const globalForLog = globalThis as unknown as { voronkaLogger?: Logger };

export const logger: Logger = (globalForLog.voronkaLogger ??= createLogger());
