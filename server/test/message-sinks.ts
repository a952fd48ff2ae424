import { once } from 'node:events';
import { createServer, type IncomingMessage } from 'node:http';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  messageId: string;
  to: string;
  subject: string;
  text: string;
  listUnsubscribe: string;
}

/**
 * A local SMTP sink on loopback (smtp-server): counts a message only once the SMTP transaction
 * ends with the server's 250, as a real mail server would. `hold` keeps the next message's
 * DATA unanswered (the sender stays mid-send) until `release`.
 */
export async function smtpSink() {
  const mails: ReceivedMail[] = [];
  let hold = false;
  let holding: (() => void) | undefined;
  const held = new Set<() => void>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      void (async () => {
        const parsed = await simpleParser(stream);
        const accept = () => {
          mails.push({
            messageId: parsed.messageId ?? '',
            to: Array.isArray(parsed.to) ? '' : (parsed.to?.text ?? ''),
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            listUnsubscribe: parsed.headerLines.find((h) => h.key === 'list-unsubscribe')?.line ?? '',
          });
          callback();
        };
        if (hold) {
          hold = false;
          held.add(accept);
          holding?.();
          return;
        }
        accept();
      })();
    },
  });
  server.listen(0, '127.0.0.1');
  await once(server.server, 'listening');
  const port = (server.server.address() as { port: number }).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    /** The next message's DATA is kept unanswered; resolves when it arrives. */
    holdNext(): Promise<void> {
      hold = true;
      return new Promise((r) => (holding = r));
    },
    /** Answers the held messages now (a sender that died meanwhile never sees it: not counted). */
    dropHeld: () => held.clear(),
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

export interface SmsRequest {
  to: string;
  from: string;
  body: string;
  token: string | undefined;
  authorized: boolean;
}

/** A fake of the Twilio messages API on loopback: records every request; `failNext(n, status)` answers the next n with an error. */
export async function fakeSmsApi(accountSid = 'AC_test', authToken = 'secret') {
  const requests: SmsRequest[] = [];
  let failures: number[] = [];
  const server = createServer((req: IncomingMessage, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += String(c)));
    req.on('end', () => {
      const ok = req.method === 'POST' && req.url === `/2010-04-01/Accounts/${accountSid}/Messages.json`;
      const form = new URLSearchParams(raw);
      const authorized = req.headers.authorization === `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString('base64')}`;
      const token = req.headers['i-twilio-idempotency-token'];
      requests.push({ to: form.get('To') ?? '', from: form.get('From') ?? '', body: form.get('Body') ?? '', token: typeof token === 'string' ? token : undefined, authorized });
      const status = failures.shift() ?? (!ok ? 404 : !authorized ? 401 : 201);
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(status === 201 ? { sid: `SM${requests.length}`, status: 'queued' } : { code: 20500, message: 'error' }));
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const port = (server.address() as { port: number }).port;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    accountSid,
    authToken,
    requests,
    failNext: (n: number, status = 500) => (failures = Array.from({ length: n }, () => status)),
    /** Messages the provider accepted (201), by idempotency token. */
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
