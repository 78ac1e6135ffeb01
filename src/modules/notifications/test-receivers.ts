/**
 * Receivers the notification tests send to, on localhost: a real SMTP server (smtp-server) that
 * keeps what it accepts, and an HTTP webhook receiver that answers 500 when told to. Not a test
 * file: the module's tests (and browser tests) share it.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  from: string;
  to: string[];
  subject: string;
  body: string;
  raw: string;
}

export interface MailServer {
  port: number;
  messages: ReceivedMail[];
  close(): Promise<void>;
}

/** The value of a header in a raw message, with folded lines joined. */
function header(raw: string, name: string): string {
  const head = raw.split(/\r?\n\r?\n/)[0] ?? '';
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
  const line = unfolded.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line ? line.slice(name.length + 1).trim() : '';
}

/** Quoted-printable text as nodemailer writes it (soft line breaks, =XX bytes). */
function decodeQuotedPrintable(text: string): string {
  const bytes = text.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

export async function startMailServer(): Promise<MailServer> {
  const messages: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true, disabledCommands: ['STARTTLS'], logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const bodyPart = raw.split(/\r?\n\r?\n/).slice(1).join('\n\n');
        const encoded = /quoted-printable/i.test(header(raw, 'Content-Transfer-Encoding'));
        messages.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address),
          subject: header(raw, 'Subject'), body: encoded ? decodeQuotedPrintable(bodyPart) : bodyPart, raw,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { port, messages, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

export interface ReceivedRequest {
  path: string;
  headers: Record<string, string | undefined>;
  body: string;
}

export interface WebhookReceiver {
  url(path: string): string;
  requests: ReceivedRequest[];
  /** The next `count` requests to `path` are answered 500 (0: none). */
  failNext(path: string, count: number): void;
  /** The next request to `path` is answered 302 to `location`. */
  redirectNext(path: string, location: string): void;
  close(): Promise<void>;
}

export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const requests: ReceivedRequest[] = [];
  const failures = new Map<string, number>();
  const redirects = new Map<string, string>();
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const path = request.url ?? '/';
      const headers = Object.fromEntries(Object.entries(request.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : v]));
      requests.push({ path, headers, body: Buffer.concat(chunks).toString('utf8') });
      const location = redirects.get(path);
      if (location) {
        redirects.delete(path);
        response.writeHead(302, { location }).end();
        return;
      }
      const left = failures.get(path) ?? 0;
      if (left > 0) failures.set(path, left - 1);
      response.writeHead(left > 0 ? 500 : 200, { 'content-type': 'application/json' }).end(left > 0 ? '{"error":"down"}' : '{"ok":true}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    requests,
    failNext: (path, count) => void failures.set(path, count),
    redirectNext: (path, location) => void redirects.set(path, location),
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
