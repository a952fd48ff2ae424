import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** The practice's site policy when the server also serves it (the demo): same-origin everything, Trusted Types. */
const SITE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** The staff console's policy: its own scripts and constructed styles only, Trusted Types, no framing. */
const CONSOLE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

/**
 * Serves the built staff console at `/console/` (its own files only: the widgets' code is not
 * part of it). The files are public (the sign-in screen must load); everything it shows comes
 * from the staff endpoints, which refuse anonymous and cross-site requests.
 */
export async function serveConsole(app: FastifyInstance, root: string): Promise<void> {
  await app.register(fastifyStatic, { root, prefix: '/console/', index: ['index.html'], wildcard: false, decorateReply: false, cacheControl: false });
  app.get('/console', (_req, reply) => reply.redirect('/console/'));
  app.addHook('onSend', async (req, reply, payload) => {
    if (req.url === '/console' || req.url.startsWith('/console/')) {
      void reply.header('content-security-policy', CONSOLE_CSP);
      void reply.header('cache-control', 'no-cache');
      void reply.header('referrer-policy', 'no-referrer');
    }
    return payload;
  });
}

/** Serves a built site (`npm start`: the demo's production build) at `/`, with `.html` pages by name. */
export async function serveStatic(app: FastifyInstance, root: string): Promise<void> {
  await app.register(fastifyStatic, { root, extensions: ['html'], index: ['index.html'], wildcard: true });
  app.addHook('onSend', async (req, reply, payload) => {
    if (!req.url.startsWith('/api/') && !req.url.startsWith('/console')) void reply.header('content-security-policy', SITE_CSP);
    return payload;
  });
}
