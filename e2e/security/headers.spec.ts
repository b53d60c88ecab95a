// Security headers on real responses: a nonce-based CSP that forbids framing on every page, the
// nonce on Next's own scripts (and a page that still works under it), nosniff and Referrer-Policy
// everywhere, and a board another site cannot frame.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { request, type APIResponse } from "@playwright/test";
import { expect, test } from "../fixtures/test";
import { signInWithApi } from "../fixtures/auth";

const nonceOf = (policy: string) => /'nonce-([^']+)'/.exec(policy)?.[1];

function expectCommonHeaders(response: APIResponse) {
  const headers = response.headers();
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-frame-options"]).toBe("DENY");
}

test("every page answers with a per-request nonce CSP that forbids framing; Next's scripts carry the nonce", async ({ seed, baseURL }) => {
  const pipeline = await seed.pipeline(0);
  const admin = await request.newContext({ baseURL });
  const signedOut = await request.newContext({ baseURL });
  await signInWithApi(admin, "admin");
  const pages = [
    [signedOut, "/sign-in"],
    [admin, `/pipelines/${pipeline.id}`],
    [admin, "/settings/pipelines"],
    [admin, "/people"],
    [admin, "/analytics"],
  ] as const;
  const nonces = new Set<string>();
  for (const [api, path] of pages) {
    const response = await api.get(path);
    expect(response.status(), path).toBe(200);
    expectCommonHeaders(response);
    const policy = response.headers()["content-security-policy"];
    expect(policy, path).toContain("frame-ancestors 'none'");
    expect(policy, path).toContain("object-src 'none'");
    expect(policy, path).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}' 'strict-dynamic'(;|$)/);
    const nonce = nonceOf(policy)!;
    nonces.add(nonce);
    const html = await response.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length, path).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag, path).toContain(`nonce="${nonce}"`);
  }
  expect(nonces.size).toBe(pages.length);
  await admin.dispose();
  await signedOut.dispose();
});

test("API responses and static files get nosniff and the referrer policy too", async ({ baseURL }) => {
  const api = await request.newContext({ baseURL });
  expectCommonHeaders(await api.get("/api/auth/session"));
  expectCommonHeaders(await api.post("/api/v1/events", { data: { events: [] } }));
  expectCommonHeaders(await api.get("/track.js"));
  await api.dispose();
});

test.describe("in the browser", () => {
  test.use({ account: "rita" });

  test("the board works under the policy: hydrated, no CSP violation", async ({ page, seed }) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    const pipeline = await seed.pipeline(0);
    await page.goto(`/pipelines/${pipeline.id}`);
    // Client components work: the language switch runs a server action and re-renders.
    await page.getByRole("group", { name: "Language" }).getByRole("button", { name: "Русский" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "ru");
    await page.getByRole("group", { name: "Язык" }).getByRole("button", { name: "English" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    expect(violations).toEqual([]);
  });

  test("another site cannot frame the board", async ({ page, seed, baseURL }) => {
    const pipeline = await seed.pipeline(0);
    const framer: Server = createServer((_, res) => {
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
      res.end(`<!doctype html><iframe name="victim" src="${baseURL}/pipelines/${pipeline.id}" width="800" height="600"></iframe>`);
    });
    await new Promise<void>((resolve) => framer.listen(0, "127.0.0.1", resolve));
    try {
      const framed = page.waitForResponse((r) => r.url().endsWith(`/pipelines/${pipeline.id}`));
      await page.goto(`http://127.0.0.1:${(framer.address() as AddressInfo).port}/`);
      expect((await framed).headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
      const frame = page.frame({ name: "victim" })!;
      // Chromium replaces a refused frame with its error page: the board never renders inside.
      await expect.poll(() => frame.url()).toMatch(/^chrome-error:/);
      await expect(frame.getByRole("group", { name: "Language" })).toHaveCount(0);
    } finally {
      await new Promise((resolve) => framer.close(resolve));
    }
  });
});
