import "server-only";
// The HTTP side of the event API (app/api/v1/events/route.ts re-exports these handlers):
// CORS, the size cap, the key, and the JSON error shape every route answers with.
import { errorJson, errorResponse } from "@/lib/api/error-response";
import { verifyApiKey } from "@/lib/api-keys/verify-api-key";
import { logger } from "@/lib/log/logger";
import { logRequest, requestIdFrom, since } from "@/lib/log/request-log";
import { ingestEvents } from "./ingest-events";
import { BodyTooLargeError, readJsonBody } from "./read-json-body";

export const MAX_BODY_BYTES = 4 * 1024 * 1024;

/** Any website may send events; the key, not a cookie, authenticates (no credentials). */
const CORS: Record<string, string> = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "POST, OPTIONS",
  "Access-Control-Allow-Headers": "Authorization, Content-Type",
  "Access-Control-Max-Age": "86400",
};

function json(body: unknown, status: number): Response {
  return Response.json(body, { status, headers: CORS });
}

export function handleEventsPreflight(): Response {
  return new Response(null, { status: 204, headers: CORS });
}

/** One log line per batch: the request fields plus the key's id and the batch's counts. */
export async function handleEventsPost(request: Request): Promise<Response> {
  const start = performance.now();
  const requestId = requestIdFrom(request.headers);
  let keyId: string | null = null;
  let counts: { accepted: number; duplicates: number; rejected: number } | null = null;
  let response: Response;
  try {
    const authorization = request.headers.get("authorization");
    // A bad header key is refused before the body is read; a body key needs the body first.
    const headerKey = authorization ? await verifyApiKey({ authorization }) : null;
    const body = await readJsonBody(request, MAX_BODY_BYTES);
    const key = headerKey ?? (await verifyApiKey({ bodyKey: (body as { key?: unknown } | null)?.key }));
    keyId = key.id;
    const result = await ingestEvents({ key, body });
    counts = { accepted: result.accepted, duplicates: result.duplicates, rejected: result.rejected.length };
    response = json(result, result.rejected.length > 0 ? 207 : 200);
  } catch (error) {
    if (error instanceof BodyTooLargeError) response = errorJson("PAYLOAD_TOO_LARGE", error.message, 413, CORS);
    else response = errorResponse(error, CORS, logger.child({ requestId }));
  }
  response.headers.set("X-Request-Id", requestId);
  logRequest({ requestId, method: request.method, route: "/api/v1/events", status: response.status, durationMs: since(start), apiKeyId: keyId, ...(counts ? { events: counts } : {}) });
  return response;
}
