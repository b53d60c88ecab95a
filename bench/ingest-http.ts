// The event endpoint over real HTTP: a node:http server that hands each request, as a web
// Request, to the same handler app/api/v1/events/route.ts exports (Next's router is not in the
// path: it adds about a millisecond per request), and a keep-alive client in a worker thread
// (a load generator apart from the server, as real senders are) that sends pre-serialized
// batches with eight requests in flight (many browsers and servers send at once).
import http from "node:http";
import type { AddressInfo } from "node:net";
import { Worker } from "node:worker_threads";
import { handleEventsPost } from "../lib/events/events-endpoint";

export interface HttpTarget {
  url: string;
  close(): Promise<void>;
}

export async function startEventServer(): Promise<HttpTarget> {
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", async () => {
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(name, value);
      const request = new Request(`http://127.0.0.1${req.url}`, { method: req.method, headers, body: req.method === "POST" ? Buffer.concat(chunks) : undefined });
      const response = await handleEventsPost(request);
      res.writeHead(response.status, Object.fromEntries(response.headers));
      res.end(Buffer.from(await response.arrayBuffer()));
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/v1/events`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export interface SendResult {
  accepted: number;
  /** Milliseconds per request, in completion order. */
  latencies: number[];
  seconds: number;
}

export interface LoadClient {
  /** Sends `bodies` with `concurrency` requests in flight; every batch must be fully accepted. */
  send(bodies: string[]): Promise<SendResult>;
  close(): Promise<void>;
}

/** One client thread for the whole run (warm connections and JIT from one round to the next). */
export function startLoadClient(options: { url: string; secret: string; expectedPerBatch: number; concurrency?: number }): LoadClient {
  const worker = new Worker(CLIENT, { eval: true, workerData: { ...options, concurrency: options.concurrency ?? 8 } });
  return {
    send: (bodies) =>
      new Promise<SendResult>((resolve, reject) => {
        const onError = (error: Error) => reject(error);
        worker.once("error", onError);
        worker.once("message", (m: SendResult | { error: string }) => {
          worker.off("error", onError);
          if ("error" in m) reject(new Error(m.error));
          else resolve(m);
        });
        worker.postMessage(bodies);
      }),
    close: () => worker.terminate().then(() => {}),
  };
}

/** The client, as plain JavaScript for the worker thread: one message of bodies in, one result out. */
const CLIENT = `
const { parentPort, workerData } = require("node:worker_threads");
const { url, secret, expectedPerBatch, concurrency } = workerData;
parentPort.on("message", (bodies) => {
  let next = 0, accepted = 0;
  const latencies = [];
  const started = performance.now();
  async function worker() {
    while (next < bodies.length) {
      const body = bodies[next++];
      const t = performance.now();
      const response = await fetch(url, { method: "POST", headers: { authorization: "Bearer " + secret, "content-type": "application/json" }, body });
      const result = await response.json();
      latencies.push(performance.now() - t);
      if (response.status !== 200 || result.accepted !== expectedPerBatch) {
        throw new Error("Benchmark sanity check failed: batch answered " + response.status + " " + JSON.stringify(result).slice(0, 300));
      }
      accepted += result.accepted;
    }
  }
  Promise.all(Array.from({ length: concurrency }, worker)).then(
    () => parentPort.postMessage({ accepted, latencies, seconds: (performance.now() - started) / 1000 }),
    (error) => parentPort.postMessage({ error: String((error && error.message) || error) }),
  );
});
`;
