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

/** Serves a built site (`npm start`: the demo's production build) at `/`, with `.html` pages by name. */
export async function serveStatic(app: FastifyInstance, root: string): Promise<void> {
  await app.register(fastifyStatic, { root, extensions: ['html'], index: ['index.html'], wildcard: true });
  app.addHook('onSend', async (req, reply, payload) => {
    if (!req.url.startsWith('/api/')) void reply.header('content-security-policy', SITE_CSP);
    return payload;
  });
}
