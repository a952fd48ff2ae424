import type { FastifyReply, FastifyRequest } from 'fastify';

export interface SseStream {
  /** Writes one event (`id:` when given, then `data:` as JSON). */
  send(data: unknown, id?: string): void;
  comment(text: string): void;
  readonly closed: boolean;
  onClose(fn: () => void): void;
}

/**
 * Opens a `text/event-stream` answer: the security headers Fastify set so far, `retry:` first,
 * a comment heartbeat every `heartbeatMs` so proxies keep it open.
 */
export function openSse(req: FastifyRequest, reply: FastifyReply, retryMs: number, heartbeatMs: number): SseStream {
  const headers: Record<string, string> = {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    'x-accel-buffering': 'no',
    connection: 'keep-alive',
  };
  for (const [name, value] of Object.entries(reply.getHeaders())) if (typeof value === 'string') headers[name] = value;
  reply.hijack();
  const res = reply.raw;
  res.writeHead(200, headers);
  res.write(`retry: ${retryMs}\n\n`);
  let closed = false;
  const closers: Array<() => void> = [];
  const heartbeat = setInterval(() => res.write(': heartbeat\n\n'), heartbeatMs);
  const close = () => {
    if (closed) return;
    closed = true;
    clearInterval(heartbeat);
    for (const fn of closers) fn();
  };
  req.raw.on('close', close);
  res.on('error', close);
  return {
    send: (data, id) => {
      if (!closed) res.write(`${id === undefined ? '' : `id: ${id}\n`}data: ${JSON.stringify(data)}\n\n`);
    },
    comment: (text) => {
      if (!closed) res.write(`: ${text}\n\n`);
    },
    get closed() {
      return closed;
    },
    onClose: (fn) => closers.push(fn),
  };
}
