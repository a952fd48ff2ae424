/**
 * A confirmation code as the patient may type it — lower case, a space or no hyphen
 * ("k7qm 4txa", "K7QM4TXA") — in the form it was issued: upper case, hyphen after four.
 * Codes of other lengths (another backend's) keep their own shape, upper-cased and trimmed.
 */
export function normalizeConfirmationCode(typed: string): string {
  const bare = typed.toUpperCase().replace(/[\s-]+/g, '');
  return bare.length === 8 ? `${bare.slice(0, 4)}-${bare.slice(4)}` : typed.trim().toUpperCase();
}
