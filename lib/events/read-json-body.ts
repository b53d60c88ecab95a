import "server-only";
// Reads a request's JSON body with a size cap, so an oversized upload is refused (413) before
// it is buffered whole, and a body that is not JSON is a clear 400. Accepts any content type:
// navigator.sendBeacon sends text/plain.
import { AppError } from "@/lib/errors/app-error";

export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`The body is larger than ${Math.round(limit / 1024 / 1024)} MB. Send fewer events per batch.`);
    this.name = "BodyTooLargeError";
  }
}

export async function readJsonBody(request: Request, limit: number): Promise<unknown> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) throw new BodyTooLargeError(limit);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body?.getReader();
  if (reader) {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel().catch(() => {});
        throw new BodyTooLargeError(limit);
      }
      chunks.push(value);
    }
  }
  const text = Buffer.concat(chunks).toString("utf8");
  if (text.trim() === "") throw new AppError("VALIDATION", 'The body is empty. Send JSON like {"events": [...]}.');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError("VALIDATION", 'The body is not valid JSON. Send JSON like {"events": [...]}.');
  }
}
