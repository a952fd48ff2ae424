/**
 * Until the REST adapter sends the manage token itself (CONTRACT-DECISIONS 1, issue #21), this
 * `fetch` does what it will: keeps the token from book / look-up / reschedule answers, per
 * appointment, and sends it as `Authorization: Bearer` on that appointment's reschedule and cancel.
 */
export function withManageTokens(inner: typeof fetch): typeof fetch {
  const tokens = new Map<string, string>();
  return async (input, init) => {
    const url = String(input instanceof Request ? input.url : input);
    const manage = /\/appointments\/([^/]+)\/(reschedule|cancel)$/.exec(new URL(url).pathname);
    const headers = new Headers(init?.headers);
    const token = manage ? tokens.get(decodeURIComponent(manage[1])) : undefined;
    if (token && !headers.has('authorization')) headers.set('authorization', `Bearer ${token}`);
    const response = await inner(input, { ...init, headers });
    if (response.ok && /\/appointments(\/lookup|\/[^/]+\/reschedule)?$/.test(new URL(url).pathname)) {
      const body = (await response.clone().json()) as { id?: string; manageToken?: { token?: string } };
      if (body.id && body.manageToken?.token) tokens.set(body.id, body.manageToken.token);
    }
    return response;
  };
}
