import cookie from '@fastify/cookie';
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import Fastify, { LogController, type FastifyError } from 'fastify';
import type * as z from 'zod/mini';
import type { Database } from './db/port.js';
import { defaultConfig, type ServerConfig, type ServerContext } from './context.js';
import { ChatEvents } from './chat/events.js';
import { chatRoutes } from './chat/routes.js';
import { staffChatRoutes } from './chat/staff-routes.js';
import { WaitTimeEvents } from './events.js';
import { feedbackRoutes } from './feedback/routes.js';
import { staffFeedbackRoutes } from './feedback/staff-routes.js';
import { staffAppointmentRoutes } from './routes/staff-appointments.js';
import { OutboxWorker, type OutboxOptions } from './messages/worker.js';
import { unsubscribeRoutes } from './messages/routes.js';
import { pricingRoutes } from './pricing/routes.js';
import { ApiError } from './http/errors.js';
import { pruneIdempotency } from './http/idempotency.js';
import { schedulingRoutes } from './routes/scheduling.js';
import { staffRoutes } from './routes/staff.js';
import { serveConsole, serveStatic } from './static.js';
import { refuseCrossSite } from './http/staff-auth.js';
import { waitTimeRoutes } from './routes/wait-times.js';

/** Request bodies above this are refused (413) before they are read. */
export const BODY_LIMIT = 16 * 1024;

export interface AppOptions {
  db: Database;
  config?: Partial<ServerConfig>;
  /** Where log lines go (one JSON object each). Default: stdout. Never carries patient data. */
  logStream?: { write(line: string): void };
  logLevel?: string;
  /** Sends the outbox (messages to patients) from this process through these providers. */
  outbox?: Omit<OutboxOptions, 'config'> & { autoStart?: boolean };
}

/**
 * The HTTP app. Logs say method, route pattern, status and time, never a body, a query or an id
 * from a path; errors log their code only.
 */
export async function buildApp(options: AppOptions) {
  const config: ServerConfig = { ...defaultConfig, ...options.config };
  const app = Fastify({
    bodyLimit: BODY_LIMIT,
    trustProxy: false,
    // Fastify's own request lines carry the URL; ours (onResponse) carry the route pattern only.
    logController: new LogController({ disableRequestLogging: true }),
    logger: { level: options.logLevel ?? 'info', ...(options.logStream ? { stream: options.logStream } : {}) },
  });

  const events = new WaitTimeEvents(options.db);
  await events.start();
  const chatEvents = new ChatEvents(options.db);
  await chatEvents.start();
  const check: ServerContext['check'] = <S extends z.ZodMiniType>(schema: S, value: z.infer<S>) => {
    const result = schema.safeParse(value);
    if (!result.success) {
      app.log.error({ issues: result.error.issues.map((i) => `${i.path.join('.')}:${i.code}`) }, 'answer does not match its schema');
      throw new ApiError(500, 'unavailable', 'The server produced an invalid answer.');
    }
    return value;
  };
  const context: ServerContext = {
    db: options.db,
    config,
    events,
    chatEvents,
    patientLimit: { rateLimit: { max: config.patientRateLimit, timeWindow: 60_000 } },
    check,
    send: (reply, schema, value) => reply.send(check(schema, value)),
  };

  app.addHook('onResponse', async (req, reply) => {
    req.log.info({ method: req.method, route: req.routeOptions.url ?? 'unmatched', status: reply.statusCode, ms: Math.round(reply.elapsedTime) }, 'request');
  });
  app.addHook('onClose', async () => {
    await events.close();
    await chatEvents.close();
  });

  await app.register(helmet, {
    // The API answers JSON only; the static site (when served) sets its own policy.
    contentSecurityPolicy: { directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
    crossOriginResourcePolicy: { policy: 'same-site' },
    hsts: { maxAge: 31_536_000 },
  });
  await app.register(cookie);
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_req, context) =>
      Object.assign(new ApiError(429, 'rate-limited', 'Too many requests.', undefined, Math.ceil(context.ttl / 1000)), { statusCode: 429 }),
  });

  app.setErrorHandler((error: FastifyError | ApiError, req, reply) => {
    if (error instanceof ApiError) {
      if (error.retryAfter !== undefined) void reply.header('retry-after', String(error.retryAfter));
      if (error.status >= 500) req.log.error({ code: error.code }, 'request failed');
      return reply.code(error.status).send(error.body());
    }
    const status = error.statusCode ?? 500;
    if (status < 500) {
      // Fastify's own refusals: unreadable JSON, body too large, wrong content type.
      return reply.code(status === 429 ? 429 : status).send(new ApiError(status, status === 429 ? 'rate-limited' : 'invalid-input', status === 413 ? 'The request body is too large.' : 'The request cannot be read.').body());
    }
    req.log.error({ code: (error).code }, 'request failed');
    return reply.code(500).send(new ApiError(500, 'unavailable', 'The server could not answer.').body());
  });

  await app.register(
    async (api) => {
      await api.register(cors, {
        origin: (origin, cb) => cb(null, origin !== undefined && config.allowedOrigins.includes(origin)),
        methods: ['GET', 'POST', 'DELETE'],
        allowedHeaders: ['content-type', 'idempotency-key', 'authorization'],
        exposedHeaders: ['retry-after', 'x-frontdesk-truncated'],
        maxAge: 600,
      });
      api.addHook('onRequest', async (req) => {
        if (req.url.startsWith(`${config.prefix}/staff/`)) refuseCrossSite(req);
      });
      api.setNotFoundHandler((_req, reply) => reply.code(404).send(new ApiError(404, 'not-found', 'No such endpoint.').body()));
      api.addHook('onSend', async (_req, reply, payload) => {
        void reply.header('cache-control', 'no-store');
        return payload;
      });
      schedulingRoutes(api, context);
      waitTimeRoutes(api, context);
      staffRoutes(api, context);
      feedbackRoutes(api, context);
      pricingRoutes(api, context);
      chatRoutes(api, context);
      staffChatRoutes(api, context);
      unsubscribeRoutes(api, context);
      staffFeedbackRoutes(api, context);
      staffAppointmentRoutes(api, context);
    },
    { prefix: config.prefix },
  );
  if (config.consoleDir) await serveConsole(app, config.consoleDir);
  if (config.staticDir) await serveStatic(app, config.staticDir);

  const prune = setInterval(() => void pruneIdempotency(options.db).catch(() => undefined), 3_600_000);
  prune.unref();
  app.addHook('onClose', async () => clearInterval(prune));
  const outbox = options.outbox ? new OutboxWorker(options.db, { ...options.outbox, config: config.messaging }) : undefined;
  if (outbox && options.outbox?.autoStart !== false) outbox.start();
  app.addHook('onClose', async () => outbox?.stop());
  return Object.assign(app, { context });
}

export type App = Awaited<ReturnType<typeof buildApp>>;
