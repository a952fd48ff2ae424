import type { FastifyReply } from 'fastify';
import type * as z from 'zod/mini';
import type { Database } from './db/port.js';
import type { ChatEvents } from './chat/events.js';
import type { WaitTimeEvents } from './events.js';
import { defaultMessaging, type MessagingConfig } from './messages/settings.js';

export interface ServerConfig {
  /** Origins allowed to call the API from a browser (the practice's website). */
  allowedOrigins: readonly string[];
  /** How long a hold keeps a time (default 600 s, CONTRACT-DECISIONS 5). */
  holdSeconds: number;
  /** Requests per minute per client address on patient endpoints. */
  patientRateLimit: number;
  lookupLimit: { perClient: number; perCode: number; windowMinutes: number };
  /** Server-Sent Events heartbeat and the client's reconnect delay. */
  heartbeatMs: number;
  retryMs: number;
  /** Staff cookies carry `Secure` (default true; browsers accept it on http://localhost too). */
  secureCookies: boolean;
  /** The built staff console (served at `/console/`), or none. */
  consoleDir?: string;
  /** A folder of static files served at `/` (the demo site), or none. */
  staticDir?: string;
  /** Where the API is mounted (default `/api/frontdesk`). */
  prefix: string;
  /** Messages to patients: links, reminder and survey timing. */
  messaging: MessagingConfig;
}

export const defaultConfig: ServerConfig = {
  allowedOrigins: [],
  holdSeconds: 600,
  patientRateLimit: 300,
  lookupLimit: { perClient: 10, perCode: 5, windowMinutes: 15 },
  heartbeatMs: 15_000,
  retryMs: 3_000,
  secureCookies: true,
  prefix: '/api/frontdesk',
  messaging: defaultMessaging,
};

/** What every route file gets: the database, the configuration and the shared helpers. */
export interface ServerContext {
  db: Database;
  config: ServerConfig;
  events: WaitTimeEvents;
  chatEvents: ChatEvents;
  /** Route config turning on the patient rate limit. */
  patientLimit: { rateLimit: { max: number; timeWindow: number } };
  /** Checks an answer against its shared schema (a mismatch is our bug: 500, never sent). */
  check<S extends z.ZodMiniType>(schema: S, value: z.infer<S>): z.infer<S>;
  send<S extends z.ZodMiniType>(reply: FastifyReply, schema: S, value: z.infer<S>): FastifyReply;
}
