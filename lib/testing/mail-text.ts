// The text of an email as an SMTP server received it (base64 or quoted-printable, as nodemailer
// chose), and the set-password link's secret in a text.

export function mailText(raw: string): string {
  const [head, ...rest] = raw.split(/\r?\n\r?\n/);
  const body = rest.join("\n\n");
  if (/^Content-Transfer-Encoding: base64/im.test(head)) return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  if (/^Content-Transfer-Encoding: quoted-printable/im.test(head)) {
    const decoded = body.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    return Buffer.from(decoded, "latin1").toString("utf8");
  }
  return body;
}

export function linkTokenIn(text: string, origin: string): string | null {
  const escaped = origin.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  return text.match(new RegExp(`${escaped}/set-password\\?token=([A-Za-z0-9_-]{43})`))?.[1] ?? null;
}
