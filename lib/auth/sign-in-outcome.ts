// Carries a refused sign-in's wait from authorize() (deep inside next-auth) back to the route
// handler that called next-auth, which turns it into 429 + Retry-After for clients reading JSON.
// next-auth itself only redirects with ?error=CredentialsSignin&code=rate_limited.
import { AsyncLocalStorage } from "node:async_hooks";

interface SignInOutcome {
  retryAfterMs?: number;
}

const storage = new AsyncLocalStorage<SignInOutcome>();

/** Runs a next-auth request and reports the wait of a sign-in it refused for throttling, if any. */
export async function withSignInOutcome<T>(run: () => Promise<T>): Promise<{ result: T; retryAfterMs: number | undefined }> {
  const outcome: SignInOutcome = {};
  const result = await storage.run(outcome, run);
  return { result, retryAfterMs: outcome.retryAfterMs };
}

/** Called by authorize() when it refuses an attempt; does nothing outside withSignInOutcome. */
export function recordRateLimited(retryAfterMs: number): void {
  const outcome = storage.getStore();
  if (outcome) outcome.retryAfterMs = retryAfterMs;
}
