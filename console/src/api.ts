import type * as z from 'zod/mini';
import { staffPaths } from '../../server/src/http/staff-schemas.js';

/** Where frontdesk-server mounts its API (the console is served by the same server). */
export const API_PREFIX = '/api/frontdesk';
/** The CSRF token lives for the tab only (sessionStorage: not patient data; the session itself is an HttpOnly cookie). */
const CSRF_KEY = 'fd-console-csrf';

export type StaffPath = (typeof staffPaths)[keyof typeof staffPaths];

export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
  ) {
    super(`${status} ${code}`);
  }
}

/** `/staff/tasks/:taskId` + `{ taskId }` → `/staff/tasks/t1` (each value URL-encoded). */
export function pathOf(path: string, params: Record<string, string> = {}, query?: Record<string, string | undefined>): string {
  const filled = path.replace(/:(\w+)/g, (_m, name: string) => encodeURIComponent(params[name] ?? ''));
  const search = query ? new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => e[1] !== undefined)).toString() : '';
  return `${API_PREFIX}${filled}${search ? `?${search}` : ''}`;
}

/** The console's calls: same-origin, the session cookie, the CSRF token on writes, every answer checked against its schema. */
export class StaffApi {
  /** Called when the server says the session is gone (401). */
  onSignedOut: () => void = () => undefined;

  get signedIn(): boolean {
    return sessionStorage.getItem(CSRF_KEY) !== null;
  }

  async signIn(email: string, password: string): Promise<void> {
    const res = await fetch(pathOf(staffPaths.session), { method: 'POST', credentials: 'same-origin', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
    if (!res.ok) throw await failure(res);
    const body = (await res.json()) as { csrfToken?: unknown };
    if (typeof body.csrfToken !== 'string') throw new ApiFailure(500, 'invalid-response');
    sessionStorage.setItem(CSRF_KEY, body.csrfToken);
  }

  async signOut(): Promise<void> {
    try {
      await this.send(staffPaths.session, 'DELETE');
    } finally {
      sessionStorage.removeItem(CSRF_KEY);
    }
  }

  /** A GET of a staff or public path, parsed with its schema. */
  async read<S extends z.ZodMiniType>(schema: S, url: string): Promise<z.infer<S>> {
    const res = await fetch(url, { credentials: 'same-origin', headers: { accept: 'application/json' } });
    return this.answer(schema, res);
  }

  /** A staff write (POST/PUT/DELETE) with the CSRF token. */
  async send(url: string, method: 'POST' | 'PUT' | 'DELETE', body?: unknown): Promise<unknown> {
    const headers: Record<string, string> = { 'x-csrf-token': sessionStorage.getItem(CSRF_KEY) ?? '' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(url.startsWith('/') ? url : pathOf(url), { method, credentials: 'same-origin', headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    if (!res.ok) throw await this.refused(res);
    return res.json() as Promise<unknown>;
  }

  private async answer<S extends z.ZodMiniType>(schema: S, res: Response): Promise<z.infer<S>> {
    if (!res.ok) throw await this.refused(res);
    const parsed = schema.safeParse(await res.json());
    if (!parsed.success) throw new ApiFailure(res.status, 'invalid-response');
    return parsed.data;
  }

  private async refused(res: Response): Promise<ApiFailure> {
    const f = await failure(res);
    if (f.status === 401) {
      sessionStorage.removeItem(CSRF_KEY);
      this.onSignedOut();
    }
    return f;
  }
}

async function failure(res: Response): Promise<ApiFailure> {
  let code = 'unavailable';
  try {
    const body = (await res.json()) as { error?: { code?: unknown } };
    if (typeof body.error?.code === 'string') code = body.error.code;
  } catch {
    // not JSON: keep the default
  }
  return new ApiFailure(res.status, code);
}
