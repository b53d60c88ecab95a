// Test helpers for the scheduler's integration tests: a real SMTP server and a real HTTP webhook
// receiver on random ports, and builders for automations and the facts that trigger them.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { createMailer, type Mailer } from "@/lib/email/create-mailer";
import { mailConfigFromEnv } from "@/lib/email/mail-config";
import { saveAutomation } from "@/lib/automations/save-automation";
import type { AutomationInput } from "@/lib/validation/automations";
import { verifySignature, DELIVERY_HEADER, SIGNATURE_HEADER } from "@/lib/webhooks/sign";

export interface ReceivedMail {
  to: string[];
  raw: string;
  messageId: string | null;
  subject: string | null;
}

/** RFC 2047 encoded words (=?UTF-8?B?…?= / =?UTF-8?Q?…?=) in a header, decoded. */
function decodeWords(value: string | null): string | null {
  if (value === null) return null;
  return value
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_, enc: string, text: string) =>
      enc.toLowerCase() === "b"
        ? Buffer.from(text, "base64").toString("utf8")
        : Buffer.from(text.replace(/_/g, " ").replace(/=([0-9a-f]{2})/gi, (__, hex: string) => String.fromCharCode(parseInt(hex, 16))), "latin1").toString("utf8"),
    );
}

export async function startSmtpServer(): Promise<{ mails: ReceivedMail[]; mailer: Mailer; close(): Promise<void> }> {
  const mails: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        const unfolded = raw.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, " ");
        const header = (name: string) => decodeWords(unfolded.match(new RegExp(`^${name}: (.*)$`, "mi"))?.[1]?.trim() ?? null);
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address), raw, messageId: header("Message-ID"), subject: header("Subject") });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  const config = mailConfigFromEnv({ SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_FROM: "Voronka <sales@voronka.test>" })!;
  const mailer = createMailer(config);
  return {
    mails,
    mailer,
    close: () => {
      mailer.close();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export interface ReceivedHook {
  deliveryId: string;
  validSignature: boolean;
  body: { id: string; automation: { id: string; step: number }; deal: { id: string } | null; person: { id: string } | null };
}

/** An HTTP receiver that answers with the next status in `statuses` (then 200), checking signatures. */
export async function startWebhookReceiver(secret: () => string, statuses: number[] = []) {
  const hooks: ReceivedHook[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const validSignature = verifySignature({ secret: secret(), body, header: req.headers[SIGNATURE_HEADER] as string, nowSeconds: Math.floor(Date.now() / 1000), toleranceSeconds: 10 * 86_400 });
      hooks.push({ deliveryId: String(req.headers[DELIVERY_HEADER]), validSignature, body: JSON.parse(body) });
      res.statusCode = statuses.shift() ?? 200;
      res.end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { hooks, url: `http://127.0.0.1:${port}/hooks/voronka`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

export async function makeAutomation(admin: Actor, input: Omit<AutomationInput, "name"> & { name?: string }, createdAt?: Date) {
  const { id } = await saveAutomation({ actor: admin, input: { name: input.name ?? `Rule ${Math.random().toString(36).slice(2, 7)}`, ...input }, now: createdAt });
  return id;
}

/** The webhook secret saveAutomation generated for a rule. */
export async function webhookSecretOf(automationId: string): Promise<string> {
  const row = await db.automation.findUniqueOrThrow({ where: { id: automationId }, select: { actions: true } });
  const actions = JSON.parse(row.actions) as { kind: string; secret?: string }[];
  return actions.find((a) => a.kind === "webhook")!.secret!;
}

export async function addEmail(personId: string, email: string) {
  await db.identity.create({ data: { personId, kind: "EMAIL", value: email } });
}

export async function runsOf(automationId: string) {
  return db.automationRun.findMany({ where: { automationId }, orderBy: { createdAt: "asc" } });
}

export const days = (n: number) => n * 86_400_000;
export const later = (base: Date, ms: number) => new Date(base.getTime() + ms);

/** Moves every stage transition of a deal to `at`: history that happened before a rule was on. */
export async function backdate(dealId: string, at: Date) {
  await db.stageTransition.updateMany({ where: { dealId }, data: { at } });
}

let eventSeq = 0;
/** An event of `type` for a person, received when it happened. */
export async function addEvent(personId: string, type: string, at: Date, properties: Record<string, unknown> = {}) {
  return db.event.create({ data: { externalId: `ev-${++eventSeq}-${at.getTime()}`, personId, type, occurredAt: at, receivedAt: at, properties: JSON.stringify(properties) } });
}
