// Which address a request came from, for throttling sign-ins. X-Forwarded-For is written by
// whoever sends the request, so it counts only as far as TRUSTED_PROXIES says:
//   unset or 0        no proxy: the client is the TCP peer (the socket address); the header is ignored
//   a number N        N proxies in front of the app: the N-th address from the right of
//                     "X-Forwarded-For, socket address" is the client (the app port must be
//                     reachable only through those proxies)
//   addresses/CIDRs   e.g. "10.0.0.0/8,127.0.0.1": a peer on the list may name the client in
//                     X-Forwarded-For; trusted addresses are skipped from the right
// Next.js does not hand the socket address to route handlers or server actions, so
// client-ip-channel.ts resolves it when the request arrives and puts it in CLIENT_IP_HEADER,
// overwriting whatever a client sent under that name.
import { BlockList, isIP } from "node:net";

export const CLIENT_IP_HEADER = "x-voronka-client-ip";
/** What requests that never passed through client-ip-channel.ts (tests, other servers) share. */
export const UNKNOWN_CLIENT = "unknown";

export type TrustedProxies = { kind: "none" } | { kind: "hops"; hops: number } | { kind: "list"; list: BlockList };

export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const text = (value ?? "").trim();
  if (text === "" || text === "0") return { kind: "none" };
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops > 20) throw new Error(`TRUSTED_PROXIES=${text}: at most 20 proxies in a row.`);
    return { kind: "hops", hops };
  }
  const list = new BlockList();
  for (const item of text.split(",").map((part) => part.trim()).filter(Boolean)) {
    const [address, bits, extra] = item.split("/");
    const family = isIP(address);
    const prefix = bits === undefined ? (family === 4 ? 32 : 128) : Number(bits);
    const valid = family !== 0 && extra === undefined && /^\d+$/.test(String(prefix)) && prefix <= (family === 4 ? 32 : 128);
    if (!valid) {
      throw new Error(`TRUSTED_PROXIES: "${item}" is neither a number of proxies nor an IP address or CIDR range (e.g. 10.0.0.0/8).`);
    }
    list.addSubnet(address, prefix, family === 4 ? "ipv4" : "ipv6");
  }
  return { kind: "list", list };
}

/** An address as written in a header or by Node ("::ffff:1.2.3.4", "[::1]:80", "1.2.3.4:80"), or null. */
export function normalizeAddress(raw: string | undefined): string | null {
  let text = (raw ?? "").trim().toLowerCase();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(text);
  if (bracketed) text = bracketed[1];
  else if (/^[\d.]+:\d+$/.test(text)) text = text.slice(0, text.lastIndexOf(":"));
  if (text.startsWith("::ffff:") && isIP(text.slice(7)) === 4) text = text.slice(7);
  return isIP(text) === 0 ? null : text;
}

function isTrusted(list: BlockList, address: string): boolean {
  return list.check(address, isIP(address) === 4 ? "ipv4" : "ipv6");
}

/** The client's address under the trust settings; the socket address when the header may not be believed. */
export function resolveClientIp(options: { socketAddress: string | undefined; forwardedFor: string | string[] | undefined; trusted: TrustedProxies }): string {
  const socket = normalizeAddress(options.socketAddress);
  const { trusted } = options;
  if (trusted.kind === "none" || socket === null) return socket ?? UNKNOWN_CLIENT;
  const header = Array.isArray(options.forwardedFor) ? options.forwardedFor.join(",") : (options.forwardedFor ?? "");
  const forwarded = header.split(",").map((entry) => entry.trim()).filter(Boolean);
  // Nearest first: the socket, then what each proxy appended, right to left.
  const chain = [socket, ...forwarded.reverse()];
  if (trusted.kind === "hops") {
    // An unreadable entry at the chosen hop falls back to the nearest proxy behind it.
    for (let i = Math.min(trusted.hops, chain.length - 1); i >= 0; i--) {
      const address = normalizeAddress(chain[i]);
      if (address) return address;
    }
    return socket;
  }
  let client = socket;
  for (let i = 1; i < chain.length && isTrusted(trusted.list, client); i++) {
    const next = normalizeAddress(chain[i]);
    if (!next) break; // garbage left of a trusted proxy: the proxy is the last address we can vouch for
    client = next;
  }
  return client;
}

/** The client address stamped on the request by client-ip-channel.ts. */
export function clientIpFromHeaders(headers: Headers): string {
  return normalizeAddress(headers.get(CLIENT_IP_HEADER) ?? undefined) ?? UNKNOWN_CLIENT;
}

/**
 * The part of an address that throttling counts: an IPv4 address, or an IPv6 address's /64
 * network (one subscriber usually holds a whole /64, so single addresses would be free to rotate).
 */
export function throttleAddress(address: string): string {
  if (isIP(address) !== 6) return address;
  const [head, tail = ""] = address.split("::");
  const left = head ? head.split(":") : [];
  const right = address.includes("::") ? (tail ? tail.split(":") : []) : [];
  const groups = [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill("0"), ...right];
  return `${groups.slice(0, 4).map((group) => Number.parseInt(group, 16).toString(16)).join(":")}::/64`;
}
