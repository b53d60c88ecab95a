// Real HTTP for the auth tests: a Node server that hands each request to the app's auth route
// handlers (as `next start` would, after the client-address channel has stamped it), and a tiny
// cookie-keeping client that signs in the way next-auth's endpoints expect (CSRF token first).
import http from "node:http";
import type { AddressInfo } from "node:net";
import { NextRequest } from "next/server";

type Handler = (request: NextRequest) => Promise<Response>;

export interface TestServer {
  url: string;
  close(): Promise<void>;
}

export async function serveRoutes(routes: { GET: Handler; POST: Handler }): Promise<TestServer> {
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
    }
    const method = req.method ?? "GET";
    const body = method === "GET" || method === "HEAD" ? undefined : Buffer.concat(chunks);
    const request = new NextRequest(`http://${req.headers.host}${req.url}`, { method, headers, body });
    const response = await (method === "POST" ? routes.POST : routes.GET)(request);
    const outgoing: Record<string, string | string[]> = {};
    response.headers.forEach((value, name) => {
      if (name !== "set-cookie") outgoing[name] = value;
    });
    const cookies = response.headers.getSetCookie();
    if (cookies.length > 0) outgoing["set-cookie"] = cookies;
    res.writeHead(response.status, outgoing);
    res.end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** A browser-like client: keeps cookies, never follows redirects. */
export class CookieClient {
  readonly cookies = new Map<string, string>();
  constructor(private readonly baseUrl: string, private readonly headers: Record<string, string> = {}) {}

  async request(method: "GET" | "POST", path: string, options: { form?: Record<string, string>; headers?: Record<string, string> } = {}): Promise<Response> {
    const headers: Record<string, string> = { ...this.headers, ...options.headers };
    if (this.cookies.size > 0) headers.cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
    if (options.form) headers["content-type"] = "application/x-www-form-urlencoded";
    const response = await fetch(new URL(path, this.baseUrl), {
      method,
      headers,
      body: options.form ? new URLSearchParams(options.form).toString() : undefined,
      redirect: "manual",
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(";");
      const name = pair.slice(0, pair.indexOf("="));
      const value = pair.slice(pair.indexOf("=") + 1);
      const expired = attributes.some((a) => /max-age=0/i.test(a) || /expires=thu, 01 jan 1970/i.test(a.trim()));
      if (expired || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }

  async csrfToken(): Promise<string> {
    const response = await this.request("GET", "/api/auth/csrf");
    return ((await response.json()) as { csrfToken: string }).csrfToken;
  }

  /** POST /api/auth/callback/credentials with a fresh CSRF token. */
  async signIn(email: string, password: string, headers: Record<string, string> = {}): Promise<Response> {
    const csrfToken = await this.csrfToken();
    return this.request("POST", "/api/auth/callback/credentials", { form: { csrfToken, email, password, callbackUrl: "/" }, headers });
  }

  async signOut(): Promise<Response> {
    const csrfToken = await this.csrfToken();
    return this.request("POST", "/api/auth/signout", { form: { csrfToken, callbackUrl: "/sign-in" } });
  }

  async session(): Promise<unknown> {
    return (await this.request("GET", "/api/auth/session")).json();
  }

  /** The session cookie as it is now (to hand back later, as a request in flight could). */
  sessionCookie(): string | undefined {
    return this.cookies.get(SESSION_COOKIE);
  }
}

export const SESSION_COOKIE = "authjs.session-token";
