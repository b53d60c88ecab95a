import http from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { installClientIpChannel } from "./client-ip-channel";
import { CLIENT_IP_HEADER, clientIpFromHeaders, normalizeAddress, parseTrustedProxies, resolveClientIp, throttleAddress } from "./client-ip";

const resolve = (trustedProxies: string | undefined, socketAddress: string | undefined, forwardedFor?: string) =>
  resolveClientIp({ socketAddress, forwardedFor, trusted: parseTrustedProxies(trustedProxies) });

describe("TRUSTED_PROXIES", () => {
  it("reads none, a number of hops, or addresses and CIDR ranges", () => {
    expect(parseTrustedProxies(undefined)).toEqual({ kind: "none" });
    expect(parseTrustedProxies(" ")).toEqual({ kind: "none" });
    expect(parseTrustedProxies("0")).toEqual({ kind: "none" });
    expect(parseTrustedProxies("2")).toEqual({ kind: "hops", hops: 2 });
    const list = parseTrustedProxies("10.0.0.0/8, 127.0.0.1 ,::1,fd00::/8");
    expect(list.kind).toBe("list");
  });

  it.each(["yes", "10.0.0.0/33", "10.0.0.0/8/1", "300.1.1.1", "10.0.0.0/x", "::1/129", "21", "proxy.internal"])("refuses %j with a clear message", (value) => {
    expect(() => parseTrustedProxies(value)).toThrow(/TRUSTED_PROXIES/);
  });
});

describe("resolveClientIp", () => {
  it("without a trusted proxy, the socket address, whatever X-Forwarded-For says", () => {
    expect(resolve(undefined, "::ffff:192.0.2.7", "6.6.6.6")).toBe("192.0.2.7");
    expect(resolve(undefined, "2001:DB8::1", "6.6.6.6")).toBe("2001:db8::1");
    expect(resolve(undefined, undefined, "6.6.6.6")).toBe("unknown");
  });

  it("with N hops, the N-th address from the right of X-Forwarded-For + socket", () => {
    const header = "6.6.6.6, 203.0.113.5";
    expect(resolve("1", "10.0.0.2", header)).toBe("203.0.113.5");
    expect(resolve("2", "10.0.0.2", header)).toBe("6.6.6.6");
    expect(resolve("5", "10.0.0.2", header)).toBe("6.6.6.6"); // fewer hops than configured: the farthest
    expect(resolve("1", "10.0.0.2", undefined)).toBe("10.0.0.2"); // did not come through the proxy
    expect(resolve("1", "10.0.0.2", "6.6.6.6, not-an-ip")).toBe("10.0.0.2");
    expect(resolve("1", "10.0.0.2", "[2001:db8::5]:443")).toBe("2001:db8::5");
    expect(resolve("1", "10.0.0.2", "203.0.113.5:8080")).toBe("203.0.113.5");
  });

  it("with a list, trusted addresses are skipped from the right; an untrusted peer is the client", () => {
    const trusted = "10.0.0.0/8,::1";
    expect(resolve(trusted, "10.0.0.2", "6.6.6.6, 203.0.113.5")).toBe("203.0.113.5");
    expect(resolve(trusted, "10.0.0.2", "6.6.6.6, 203.0.113.5, 10.0.0.7")).toBe("203.0.113.5");
    expect(resolve(trusted, "::1", "203.0.113.5")).toBe("203.0.113.5");
    // A client talking to the app directly cannot name someone else.
    expect(resolve(trusted, "203.0.113.9", "6.6.6.6")).toBe("203.0.113.9");
    // All trusted: the farthest one.
    expect(resolve(trusted, "10.0.0.2", "10.0.0.3")).toBe("10.0.0.3");
    // Garbage behind a trusted proxy: the proxy is the last address it can vouch for.
    expect(resolve(trusted, "10.0.0.2", "garbage")).toBe("10.0.0.2");
    expect(resolve(trusted, "10.0.0.2", undefined)).toBe("10.0.0.2");
  });
});

describe("addresses", () => {
  it("normalizes mapped, bracketed and ported forms and rejects the rest", () => {
    expect(normalizeAddress("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(normalizeAddress("[::1]:3000")).toBe("::1");
    expect(normalizeAddress("203.0.113.5:80")).toBe("203.0.113.5");
    expect(normalizeAddress("<script>")).toBeNull();
    expect(normalizeAddress("")).toBeNull();
  });

  it("throttles IPv6 per /64 and IPv4 per address", () => {
    expect(throttleAddress("2001:db8:1:2:3:4:5:6")).toBe("2001:db8:1:2::/64");
    expect(throttleAddress("2001:db8:1:2::ffff")).toBe("2001:db8:1:2::/64");
    expect(throttleAddress("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(throttleAddress("::1")).toBe("0:0:0:0::/64");
    expect(throttleAddress("2001:0db8:0001:0002::")).toBe("2001:db8:1:2::/64");
    expect(throttleAddress("192.0.2.7")).toBe("192.0.2.7");
    expect(throttleAddress("unknown")).toBe("unknown");
  });

  it("reads the stamped header only", () => {
    expect(clientIpFromHeaders(new Headers({ [CLIENT_IP_HEADER]: "192.0.2.7", "x-forwarded-for": "6.6.6.6" }))).toBe("192.0.2.7");
    expect(clientIpFromHeaders(new Headers({ "x-forwarded-for": "6.6.6.6" }))).toBe("unknown");
  });
});

describe("the client-address channel", () => {
  it("refuses to install with an unreadable TRUSTED_PROXIES", () => {
    expect(() => installClientIpChannel("everyone")).toThrow(/TRUSTED_PROXIES/);
  });

  it("stamps every request on a real HTTP server with its socket address, over anything the client sent", async () => {
    installClientIpChannel(undefined);
    const server = http.createServer((req, res) => res.end(JSON.stringify({ stamped: req.headers[CLIENT_IP_HEADER], forwarded: req.headers["x-forwarded-for"] })));
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    try {
      const { port } = server.address() as AddressInfo;
      const response = await fetch(`http://127.0.0.1:${port}/`, { headers: { "x-forwarded-for": "6.6.6.6", [CLIENT_IP_HEADER]: "7.7.7.7" } });
      // The header itself is left as it came (for logs); only the stamp is trusted.
      expect(await response.json()).toEqual({ stamped: "127.0.0.1", forwarded: "6.6.6.6" });
    } finally {
      await new Promise((done) => server.close(done));
    }
  });
});
