// One webhook delivery attempt: POST the JSON body, signed, with the delivery id that stays the
// same on every retry. A 2xx answer is success; anything else (or no answer in time) is a
// failure the scheduler retries with backoff.
import { DELIVERY_HEADER, SIGNATURE_HEADER, signPayload } from "./sign";

export interface WebhookResult {
  ok: boolean;
  status: number | null;
  error: string | null;
}

export async function deliverWebhook(options: {
  url: string;
  secret: string;
  deliveryId: string;
  payload: unknown;
  now: Date;
  timeoutMs?: number;
}): Promise<WebhookResult> {
  const body = JSON.stringify(options.payload);
  const timestamp = Math.floor(options.now.getTime() / 1000);
  try {
    const response = await fetch(options.url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "user-agent": "Voronka-Webhooks/1",
        [SIGNATURE_HEADER]: signPayload(options.secret, body, timestamp),
        [DELIVERY_HEADER]: options.deliveryId,
      },
      body,
      redirect: "manual",
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
    });
    await response.body?.cancel().catch(() => {});
    if (response.ok) return { ok: true, status: response.status, error: null };
    return { ok: false, status: response.status, error: `HTTP ${response.status}` };
  } catch (error) {
    const message = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
    return { ok: false, status: null, error: message.slice(0, 300) };
  }
}
