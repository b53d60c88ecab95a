// The logger writes one JSON line per entry, at LOG_LEVEL, and nothing secret or personal.
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger, logLevelFromEnv, scrub } from "./logger";
import { requestIdFrom } from "./request-log";

function capture(level = "info") {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split("\n").filter(Boolean));
      done();
    },
  });
  return { log: createLogger({ level, destination }), lines, entries: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

describe("logger", () => {
  it("writes one JSON line per entry with an ISO time and a level name", () => {
    const { log, entries } = capture();
    log.info({ requestId: "r1", status: 200 }, "request");
    expect(entries()).toEqual([expect.objectContaining({ level: "info", msg: "request", requestId: "r1", status: 200, time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) })]);
  });

  it("keeps entries below LOG_LEVEL out", () => {
    const { log, lines } = capture("warn");
    log.info("quiet");
    log.warn("loud");
    expect(lines).toHaveLength(1);
    expect(logLevelFromEnv("DEBUG")).toBe("debug");
    expect(logLevelFromEnv("loud")).toBe("info");
    expect(logLevelFromEnv(undefined)).toBe("info");
  });

  it("redacts authorization, cookies, passwords, tokens and emails by field", () => {
    const { log, lines } = capture();
    log.info({
      headers: { authorization: "Bearer vk_live_abc123", cookie: "authjs.session-token=eyJhbGciOi" },
      user: { email: "olga@example.com", password: "hunter2", passwordHash: "$2b$10$abc" },
      secret: "whsec_1",
    });
    const line = lines.join("\n");
    for (const leaked of ["vk_live_abc123", "eyJhbGciOi", "olga@example.com", "hunter2", "$2b$10$abc", "whsec_1"]) expect(line).not.toContain(leaked);
    expect(line).toContain("[redacted]");
  });

  it("scrubs emails, API keys, Bearer tokens and URL passwords from any text, error messages included", () => {
    const { log, lines } = capture();
    log.error({ err: new Error("duplicate key olga.petrova+crm@mail.example.ru for postgresql://voronka:s3cr3t@db.internal:5432/voronka") }, "insert failed for ivan@example.com");
    const line = lines.join("\n");
    expect(line).not.toMatch(/olga\.petrova|ivan@|s3cr3t/);
    expect(line).toContain("postgresql://voronka:[redacted]@");
    expect(scrub("Authorization: Bearer abc.def key vk_test_XYZ")).toBe("Authorization: Bearer [redacted] key [api-key]");
  });
});

describe("requestIdFrom", () => {
  it("keeps a reverse proxy's X-Request-Id when it looks like one, else makes a new one", () => {
    expect(requestIdFrom(new Headers({ "x-request-id": "f3a9-01:edge.2" }))).toBe("f3a9-01:edge.2");
    const made = requestIdFrom(new Headers({ "x-request-id": "<script>alert(1)</script>" }));
    expect(made).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestIdFrom(null)).not.toBe(requestIdFrom(null));
  });
});
