// Recognizes "the database cannot be reached right now" among the errors Prisma, its driver
// adapters, pg and better-sqlite3 throw, so routes answer 503 with Retry-After (SERVICE_UNAVAILABLE)
// and pages show the app's error page, instead of a bare 500. Seen here: an unreachable
// PostgreSQL gives P1001 (P2010 for raw queries) with the adapter's DatabaseNotReachable; a SQLite
// file that cannot be opened gives SQLITE_CANTOPEN.
import { AppError } from "./app-error";

/** Seconds a client should wait before trying again (the Retry-After header). */
export const RETRY_AFTER_SECONDS = 5;

const CODES = new Set([
  // Prisma: can't reach server, timed out, database missing, operation timed out, connection
  // closed, pool timeout.
  "P1001", "P1002", "P1003", "P1008", "P1017", "P2024",
  // Sockets.
  "ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH", "EPIPE",
  // PostgreSQL: connection exceptions, too many connections, shutting down, starting up.
  "08000", "08001", "08003", "08006", "53300", "57P01", "57P02", "57P03", "3D000",
  // SQLite: the file cannot be opened, or stays locked beyond the busy timeout.
  "SQLITE_CANTOPEN", "SQLITE_BUSY",
]);

const ADAPTER_KINDS = new Set([
  "DatabaseNotReachable", "DatabaseDoesNotExist", "DatabaseAccessDenied", "AuthenticationFailed",
  "ConnectionClosed", "SocketTimeout", "TooManyConnections", "TlsConnectionError",
]);

// pg's pool and client say these without a code.
const MESSAGES = /timeout exceeded when trying to connect|Connection terminated|Can't reach database server|unable to open database file/i;

type Inspectable = { code?: unknown; kind?: unknown; message?: unknown; cause?: unknown; meta?: { driverAdapterError?: { cause?: unknown } } };

/** Whether the error says the database is out of reach. */
export function isDatabaseUnavailable(error: unknown): boolean {
  return unavailableReason(error) !== null;
}

/** The error and what it wraps: its cause chain and a driver adapter's error. */
function chain(error: unknown): Inspectable[] {
  const nodes: Inspectable[] = [];
  const queue: unknown[] = [error];
  while (queue.length > 0 && nodes.length < 10) {
    const current = queue.shift() as Inspectable | null | undefined;
    if (!current || typeof current !== "object" || nodes.includes(current)) continue;
    nodes.push(current);
    queue.push(current.cause, current.meta?.driverAdapterError, current.meta?.driverAdapterError?.cause);
  }
  return nodes;
}

/** The code or adapter kind (else the message) that says the database is out of reach, or null. */
export function unavailableReason(error: unknown): string | null {
  const nodes = chain(error);
  for (const node of nodes) {
    // SQLITE_BUSY covers its extended codes too (SQLITE_BUSY_SNAPSHOT, SQLITE_BUSY_TIMEOUT, …).
    if (typeof node.code === "string" && (CODES.has(node.code) || node.code.startsWith("SQLITE_BUSY"))) return node.code;
    if (typeof node.kind === "string" && ADAPTER_KINDS.has(node.kind)) return node.kind;
  }
  for (const node of nodes) {
    const message = typeof node.message === "string" ? MESSAGES.exec(node.message) : null;
    if (message) return message[0];
  }
  return null;
}

/** The AppError a caller answers with when the database is out of reach. */
export function serviceUnavailable(): AppError {
  return new AppError("SERVICE_UNAVAILABLE", "The service is temporarily unavailable. Please try again in a few seconds.");
}
