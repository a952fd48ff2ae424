// Every staff endpoint the server has is in openapi.yaml with the same method, and every staff
// operation the document lists exists on the server (the console and any other client read the
// document); each documented answer is an answer of the route's own schema (ctx.send checks it,
// exercised by the tests of each screen). A route added without documenting it fails here.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { parse as parseYaml } from 'yaml';
import { liveServer } from './support.js';

const PREFIX = '/api/frontdesk';

/** `METHOD /path` of every route printed by Fastify's route tree (nested lines continue their parent's path). */
function routesOf(tree: string): string[] {
  const out: string[] = [];
  const stack: string[] = [];
  for (const line of tree.split('\n')) {
    const at = line.search(/[├└]── /);
    if (at < 0) continue;
    const depth = at / 4;
    const match = /── (\S+)(?: \(([^)]*)\))?/.exec(line.slice(at));
    if (!match) continue;
    stack.length = depth;
    const path = (stack[depth - 1] ?? '') + match[1];
    stack[depth] = path;
    for (const method of (match[2] ?? '').split(', ').filter((m) => m && m !== 'HEAD')) out.push(`${method} ${path}`);
  }
  return out;
}

void describe('staff endpoints and openapi.yaml', () => {
  let s: Awaited<ReturnType<typeof liveServer>>;
  before(async () => {
    s = await liveServer('embedded', 'staff-openapi');
  });
  after(async () => s.close());

  it('the same staff endpoints on the server and in the document', () => {
    const served = routesOf(s.app.printRoutes({ commonPrefix: false }))
      .filter((r) => r.includes(`${PREFIX}/staff/`))
      .map((r) => r.replace(PREFIX, ''))
      .sort();
    const document = parseYaml(readFileSync(new URL('../../openapi.yaml', import.meta.url), 'utf8')) as { paths: Record<string, Record<string, { tags?: string[] }>> };
    const documented = Object.entries(document.paths)
      .filter(([path]) => path.startsWith('/staff/'))
      .flatMap(([path, ops]) => Object.keys(ops).map((method) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`))
      .sort();
    assert.ok(served.length >= 18, `found ${served.length} staff routes`);
    assert.deepEqual(served, documented);
    for (const [path, ops] of Object.entries(document.paths)) {
      if (path.startsWith('/staff/')) for (const op of Object.values(ops)) assert.deepEqual(op.tags, ['Staff (frontdesk-server)'], path);
    }
  });
});
