// During a database outage the API answers 503 with Retry-After in the one JSON error shape
// (never a bare 500), and server actions fail with SERVICE_UNAVAILABLE. The app's database is
// pointed at a URL where nothing answers (a closed port; for SQLite, a path it cannot open).
import { beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "@/lib/log/logger";
import { unreachableUrl } from "@/lib/testing/scratch-database";
import { errorResponse } from "./error-response";

type Post = (request: Request) => Promise<Response>;
let POST: Post;
let outageError: unknown;

beforeAll(async () => {
  // Before lib/db.ts is first imported: its client is built from DATABASE_URL.
  process.env.DATABASE_URL = await unreachableUrl();
  delete (globalThis as { voronkaDb?: unknown }).voronkaDb;
  ({ handleEventsPost: POST } = await import("@/lib/events/events-endpoint"));
  const { db } = await import("@/lib/db");
  outageError = await db.user.count().then(
    () => null,
    (error: unknown) => error,
  );
});

describe("a database outage", () => {
  it("answers the event API with 503, Retry-After and SERVICE_UNAVAILABLE", async () => {
    const response = await POST(
      new Request("http://localhost/api/v1/events", {
        method: "POST",
        headers: { authorization: "Bearer vk_live_00000000000000000000000000000000", "content-type": "application/json" },
        body: JSON.stringify({ events: [] }),
      }),
    );
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect(response.headers.get("x-request-id")).toMatch(/^[\w-]{8,}$/);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(await response.json()).toEqual({ error: { code: "SERVICE_UNAVAILABLE", message: expect.stringContaining("temporarily unavailable") } });
  });

  it("maps the driver's own error, as thrown, to 503 for routes and to SERVICE_UNAVAILABLE for actions", async () => {
    expect(outageError).toBeTruthy();
    const response = errorResponse(outageError);
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    const { toFailure } = await import("@/lib/actions/action-failure");
    expect(toFailure(outageError)).toEqual({ ok: false, error: { code: "SERVICE_UNAVAILABLE", message: expect.any(String) } });
  });

  it("still answers other unexpected errors with a 500 without internals", async () => {
    const silent = createLogger({ level: "silent" });
    const response = errorResponse(new Error("SELECT secret FROM somewhere"), undefined, silent);
    expect(response.status).toBe(500);
    expect(response.headers.get("retry-after")).toBeNull();
    expect(await response.json()).toEqual({ error: { code: "INTERNAL", message: expect.not.stringContaining("secret") } });
  });
});
