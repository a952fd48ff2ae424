import type { FastifyRequest } from 'fastify';
import type { Queryable } from '../db/port.js';
import { tokenHash } from '../domain/ids.js';
import { ApiError } from './errors.js';
import { SESSION_COOKIE } from './staff-schemas.js';

/**
 * Staff endpoints answer the console only, which is same-origin: a browser says where a request
 * comes from (`Sec-Fetch-Site`), and anything another site's page sends (a link, a form, a
 * script with credentials; same-site included) is refused before the session is read. Clients
 * that are not browsers send no such header.
 */
export function refuseCrossSite(req: FastifyRequest): void {
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') throw new ApiError(403, 'unauthorized', 'Cross-site requests are refused.');
}

/**
 * The signed-in staff member's id; on writes also the CSRF token (header `X-CSRF-Token`, given
 * at sign-in). 401 without a live session, 403 with a missing or wrong token.
 */
export async function requireStaff(db: Queryable, req: FastifyRequest, write: boolean): Promise<number> {
  const token = req.cookies[SESSION_COOKIE];
  const [session] = token
    ? await db.query<{ user_id: number; csrf_token: string }>('SELECT user_id, csrf_token FROM staff_sessions WHERE token_hash = $1 AND expires_at > now()', [tokenHash(token)])
    : [];
  if (!session) throw new ApiError(401, 'unauthorized', 'Sign in first.');
  if (write && req.headers['x-csrf-token'] !== session.csrf_token) throw new ApiError(403, 'unauthorized', 'Missing or wrong CSRF token.');
  return session.user_id;
}

/** Records a staff read of patient data: who, what, which records (never the data itself). */
export const audit = (db: Queryable, userId: number, action: string, subject: string) =>
  db.query('INSERT INTO audit_log (user_id, action, subject) VALUES ($1, $2, $3)', [userId, action, subject || 'none']);
