import "server-only";
// The HTTP side of the event API (app/api/v1/events/route.ts re-exports these handlers):
// CORS, the size cap, the key, and one JSON error shape ({ error: { code, message } }, as
// lib/api/define-route.ts answers; that module is not imported here because it pulls in the
// session, which an API-key endpoint does not need).
import type { ApiErrorBody } from "@/lib/api/define-route";
import { verifyApiKey } from "@/lib/api-keys/verify-api-key";
import { isAppError } from "@/lib/errors/app-error";
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

function failure(code: string, message: string, status: number): Response {
  const body: ApiErrorBody = { error: { code, message } };
  return json(body, status);
}

export function handleEventsPreflight(): Response {
  return new Response(null, { status: 204, headers: CORS });
}

export async function handleEventsPost(request: Request): Promise<Response> {
  try {
    const authorization = request.headers.get("authorization");
    // A bad header key is refused before the body is read; a body key needs the body first.
    const headerKey = authorization ? await verifyApiKey({ authorization }) : null;
    const body = await readJsonBody(request, MAX_BODY_BYTES);
    const key = headerKey ?? (await verifyApiKey({ bodyKey: (body as { key?: unknown } | null)?.key }));
    const result = await ingestEvents({ key, body });
    return json(result, result.rejected.length > 0 ? 207 : 200);
  } catch (error) {
    if (error instanceof BodyTooLargeError) return failure("PAYLOAD_TOO_LARGE", error.message, 413);
    if (isAppError(error)) return failure(error.code, error.message, error.status);
    console.error(error);
    return failure("INTERNAL", "Something went wrong on our side. Please try the batch again.", 500);
  }
}
