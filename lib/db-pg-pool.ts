// The PostgreSQL connection pool the Prisma adapter runs on, with a fix for prisma/orm#27403:
// Prisma 6.19's adapter cannot read columns of type `name` (oid 19) or `"char"` (oid 18), which
// catalog queries return (migrations, introspection, `current_database()`). Both are text on
// the wire, so relabelling them as `text` (oid 25) before the adapter sees them is lossless.
import pg from "pg";

const TEXT_OID = 25;
const TEXT_LIKE_OIDS = new Set([18, 19]);

type QueryResultLike = { fields?: { dataTypeID: number }[] } | undefined;

function relabel<T>(result: T): T {
  const fields = (result as QueryResultLike)?.fields;
  if (fields) for (const field of fields) if (TEXT_LIKE_OIDS.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
  return result;
}

function patchQuery(target: { query: (...args: never[]) => unknown }): void {
  const original = target.query.bind(target) as (...args: unknown[]) => unknown;
  target.query = ((...args: unknown[]) => {
    const result = original(...args);
    return result instanceof Promise ? result.then(relabel) : result;
  }) as typeof target.query;
}

export class RelabellingPool extends pg.Pool {
  constructor(config: pg.PoolConfig) {
    super(config);
    // Clients handed out for transactions get the same treatment as the pool's own queries.
    this.on("connect", (client) => patchQuery(client as never));
  }

  // Typed loosely on purpose: pg's overloads are many, and only the promise form is used here.
  query(...args: unknown[]): never {
    const result = (super.query as (...a: unknown[]) => unknown)(...args);
    return (result instanceof Promise ? result.then(relabel) : result) as never;
  }
}

/**
 * Pool settings from the environment: DATABASE_POOL_MAX connections per app process (default 10).
 * Idle connections do not keep a CLI process (prisma, seed, bench) alive.
 */
export function createPgPool(url: string): RelabellingPool {
  const max = Number(process.env.DATABASE_POOL_MAX || 10);
  if (!Number.isInteger(max) || max < 1) throw new Error(`DATABASE_POOL_MAX must be a positive integer, got "${process.env.DATABASE_POOL_MAX}"`);
  return new RelabellingPool({ connectionString: url, max, idleTimeoutMillis: 30_000, connectionTimeoutMillis: 10_000, allowExitOnIdle: true });
}
