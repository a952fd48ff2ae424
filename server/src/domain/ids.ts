import { createHash, randomBytes, randomInt } from 'node:crypto';

/** `apt_` + 22 base64url characters: 128 random bits, unguessable. */
export const appointmentId = () => `apt_${randomBytes(16).toString('base64url')}`;
export const holdId = () => `hold_${randomBytes(16).toString('base64url')}`;

/** 25 symbols without look-alikes (no 0/O, 1/I/L, 2/Z, 5/S, 8/B). */
export const CODE_ALPHABET = 'ACDEFGHJKMNPQRTUVWXY34679';
export const CODE_LENGTH = 8;
/** log2(25^8) ≈ 37.2 bits. */
export const CODE_BITS = CODE_LENGTH * Math.log2(CODE_ALPHABET.length);

/** `K7QM-42TX`: what the patient reads out or types to find the appointment again. */
export function confirmationCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** What the patient typed, as stored: upper case, the dash where it belongs, look-alikes not mapped. */
export const normaliseCode = (typed: string): string => {
  const bare = typed.toUpperCase().replace(/[\s-]/g, '');
  return bare.length === CODE_LENGTH ? `${bare.slice(0, 4)}-${bare.slice(4)}` : bare;
};

/** A manage token: 32 random bytes, base64url. Only its SHA-256 is stored. */
export const manageToken = () => randomBytes(32).toString('base64url');
export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

/** `prefix_` + 22 base64url characters (128 random bits): responses, tasks, conversations, messages. */
export const randomId = (prefix: string) => `${prefix}_${randomBytes(16).toString('base64url')}`;
