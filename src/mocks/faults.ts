import { HttpResponse, delay, http, type HttpHandler } from 'msw';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

const status = (code: number, headers: Record<string, string> = {}) => () =>
  HttpResponse.json({ error: `status ${code}` }, { status: code, headers });

/**
 * The server behaviours every widget must survive, as msw handler factories:
 * `faultScenarios['rate-limited']('get', '/api/wait-times')`. Used by tests and by
 * Storybook's network stories; the REST adapter's fault matrix runs every one.
 */
export const faultScenarios = {
  'server-error': (method: Method, path: string): HttpHandler => http[method](path, status(500)),
  'bad-gateway': (method: Method, path: string): HttpHandler => http[method](path, status(502)),
  'unavailable-retry-after': (method: Method, path: string): HttpHandler => http[method](path, status(503, { 'Retry-After': '2' })),
  'rate-limited': (method: Method, path: string): HttpHandler => http[method](path, status(429, { 'Retry-After': '1' })),
  'rate-limited-date': (method: Method, path: string): HttpHandler =>
    http[method](path, () =>
      HttpResponse.json({}, { status: 429, headers: { 'Retry-After': new Date(Date.now() + 2000).toUTCString() } }),
    ),
  'request-timeout': (method: Method, path: string): HttpHandler => http[method](path, status(408)),
  timeout: (method: Method, path: string): HttpHandler =>
    http[method](path, async () => {
      await delay('infinite');
      return HttpResponse.json({});
    }),
  offline: (method: Method, path: string): HttpHandler => http[method](path, () => HttpResponse.error()),
  unauthorized: (method: Method, path: string): HttpHandler => http[method](path, status(401)),
  forbidden: (method: Method, path: string): HttpHandler => http[method](path, status(403)),
  'not-found': (method: Method, path: string): HttpHandler => http[method](path, status(404)),
  conflict: (method: Method, path: string): HttpHandler => http[method](path, status(409)),
  validation: (method: Method, path: string): HttpHandler =>
    http[method](path, () => HttpResponse.json({ errors: { email: 'invalid' } }, { status: 422 })),
  'malformed-json': (method: Method, path: string): HttpHandler =>
    http[method](path, () => new HttpResponse('{"waits": [1, 2', { headers: { 'Content-Type': 'application/json' } })),
  'empty-body': (method: Method, path: string): HttpHandler =>
    http[method](path, () => new HttpResponse('', { headers: { 'Content-Type': 'application/json' } })),
  'html-page': (method: Method, path: string): HttpHandler =>
    http[method](path, () => HttpResponse.html('<html><body>Service temporarily unavailable</body></html>')),
} as const;

export type FaultScenario = keyof typeof faultScenarios;
