// Requests checked against openapi.yaml by Stoplight Prism's own request validator (the code
// behind `prism proxy` and `prism mock`, used in process: no port, no child process). Nothing
// here reads the zod schemas or the adapter: the document is the only judge.
import { createLogger } from '@stoplight/prism-core';
import { getHttpOperationsFromSpec } from '@stoplight/prism-http';
import { createClientFromOperations } from '@stoplight/prism-http/dist/client.js';

const spec = new URL('../../openapi.yaml', import.meta.url).pathname;

/** @typedef {{ method: string, url: string, headers: Record<string, string>, body?: string }} SentRequest  `url`: path and query, relative to the API's base. */
/** @typedef {{ operationId: string | undefined, request: string, violations: string[] }} Checked */

let ready;
async function load() {
  const operations = await getHttpOperationsFromSpec(spec);
  const client = createClientFromOperations(operations, {
    // Validate the request, check its security alternatives, answer from the document's examples (never at random).
    mock: { dynamic: false },
    validateRequest: true,
    validateResponse: false,
    checkSecurity: true,
    errors: false,
    upstreamProxy: undefined,
    isProxy: false,
    logger: createLogger('fd-requests', { level: 'silent' }),
  });
  const routes = operations.map((op) => ({
    method: op.method.toUpperCase(),
    operationId: op.iid,
    path: new RegExp(`^${op.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]+\\?\}/g, '[^/]+')}$`),
  }));
  return { client, routes };
}

/** The operation of the document a request is for (by method and path template), or undefined. */
function operationOf(routes, method, url) {
  const path = url.split('?')[0];
  return routes.find((r) => r.method === method && r.path.test(path))?.operationId;
}

/**
 * Checks each request against the document: the operation it matches, and every error Prism's
 * validator reports (path, query, headers, body, security). A request that matches no operation
 * is a violation too.
 * @param {SentRequest[]} requests
 * @returns {Promise<Checked[]>}
 */
export async function checkRequests(requests) {
  ready ??= load();
  const { client, routes } = await ready;
  const out = [];
  for (const { method, url, headers, body } of requests) {
    const request = `${method} ${url}`;
    const operationId = operationOf(routes, method, url);
    if (!operationId) {
      out.push({ operationId, request, violations: ['no operation of openapi.yaml has this method and path'] });
      continue;
    }
    let parsed = body;
    if (body !== undefined && /json/.test(headers['content-type'] ?? '')) {
      try {
        parsed = JSON.parse(body);
      } catch {
        out.push({ operationId, request, violations: ['body: not JSON'] });
        continue;
      }
    }
    const answer = await client.request(url, { method: method.toLowerCase(), headers, ...(body === undefined ? {} : { body: parsed }) });
    const violations = (answer.violations.input ?? [])
      .filter((v) => v.severity === 0)
      .map((v) => `${v.path?.join('.') ?? ''}: ${v.message}`);
    out.push({ operationId, request, violations });
  }
  return out;
}
