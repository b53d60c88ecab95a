// Stamps every incoming HTTP request with its client address (CLIENT_IP_HEADER) while the
// socket is still at hand. Next.js keeps a client's own X-Forwarded-For and fills in the socket
// address only when the header is missing, so a route handler cannot tell the two apart; Node's
// "http.server.request.start" diagnostics channel runs before the server's request listener
// (Next's), in the same process (e2e/auth/sessions-and-throttling.spec.ts proves it under
// `next start`). instrumentation.ts installs it once per server process.
import type { IncomingMessage } from "node:http";
import type { Socket } from "node:net";
import { subscribe } from "node:diagnostics_channel";
import { CLIENT_IP_HEADER, parseTrustedProxies, resolveClientIp, type TrustedProxies } from "./client-ip";

const CHANNEL = "http.server.request.start";
const globalForChannel = globalThis as unknown as { voronkaClientIp?: (message: unknown) => void };

export function stampClientIp(request: IncomingMessage, socket: Socket | undefined, trusted: TrustedProxies): void {
  request.headers[CLIENT_IP_HEADER] = resolveClientIp({
    socketAddress: socket?.remoteAddress ?? request.socket?.remoteAddress,
    forwardedFor: request.headers["x-forwarded-for"],
    trusted,
  });
}

/** Throws on a TRUSTED_PROXIES value it cannot read: better no server than a spoofable one. */
export function installClientIpChannel(trustedProxies: string | undefined): void {
  const trusted = parseTrustedProxies(trustedProxies);
  if (globalForChannel.voronkaClientIp) return;
  const listener = (message: unknown) => {
    const { request, socket } = message as { request: IncomingMessage; socket?: Socket };
    stampClientIp(request, socket, trusted);
  };
  subscribe(CHANNEL, listener);
  globalForChannel.voronkaClientIp = listener;
}
