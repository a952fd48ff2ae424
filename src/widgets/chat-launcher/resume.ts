/*
 * What the chat keeps so a conversation survives moving to another page of the same site
 * and back (decision 011): the conversation's id, in sessionStorage (this tab only, gone
 * when the tab closes), nothing else — no message, name or contact. The log is rebuilt
 * from the chat port's history when the launcher comes back. Cleared when the chat ends
 * or a new one starts.
 */
const KEY = 'fd-chat:conversation';

/** The conversation this tab had open, if any. */
export function keptConversation(): string | undefined {
  try {
    return sessionStorage.getItem(KEY) ?? undefined;
  } catch {
    return undefined; // storage blocked: the chat does not survive navigation
  }
}

/** Keeps (or, with `undefined`, forgets) the open conversation's id. */
export function keepConversation(conversationId: string | undefined): void {
  try {
    if (conversationId) sessionStorage.setItem(KEY, conversationId);
    else sessionStorage.removeItem(KEY);
  } catch {
    // storage blocked: nothing kept
  }
}
