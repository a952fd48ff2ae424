import { FrontdeskError } from '../../core/errors.js';
import type { ManageToken } from '../../core/schemas/scheduling.js';

/** How long a manage token proves the look-up. */
export const MANAGE_TOKEN_MINUTES = 30;

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** `length` base64url characters, 6 random bits each (WebCrypto: unguessable, unlike the seeded data). */
export const randomBase64Url = (length: number): string => Array.from(crypto.getRandomValues(new Uint8Array(length)), (b) => alphabet[b & 63]).join('');

/** An unguessable appointment id: `apt_` + 22 base64url characters (128 random bits). */
export const appointmentId = (): string => `apt_${randomBase64Url(22)}`;

/**
 * The memory practice's manage tokens: issued on book, look-up and reschedule; each bound
 * to one appointment and good for 30 minutes. `check` refuses a missing, unknown or expired
 * token (401) and a valid token of another appointment (403), both `unauthorized`.
 */
export function manageTokens(now: () => number) {
  const issued = new Map<string, { appointmentId: string; expiresAt: number }>();
  return {
    issue(appointmentId: string): ManageToken {
      const expiresAt = now() + MANAGE_TOKEN_MINUTES * 60_000;
      const token = randomBase64Url(43);
      issued.set(token, { appointmentId, expiresAt });
      return { token, expiresAt: new Date(expiresAt).toISOString() };
    },
    check(appointmentId: string, token: string | undefined): void {
      const found = token ? issued.get(token) : undefined;
      if (!found || found.expiresAt <= now()) {
        throw new FrontdeskError('unauthorized', 'No valid manage token.', { status: 401 });
      }
      if (found.appointmentId !== appointmentId) throw new FrontdeskError('unauthorized', 'Another appointment’s token.', { status: 403 });
    },
  };
}
