/** Detail of `fd-chat-open` / `fd-chat-close`: the conversation, once there is one (an id only). */
export interface ChatToggleDetail {
  conversationId?: string;
}

/** Detail of `fd-chat-message`: a message was sent or received. Never its text. */
export interface ChatMessageDetail {
  /** `out`: the patient's message reached the practice; `in`: one arrived from the practice. */
  direction: 'in' | 'out';
  conversationId: string;
}

/** Detail of `fd-chat-unread`: messages from the practice that arrived while the chat was closed. */
export interface ChatUnreadDetail {
  count: number;
}

/** Detail of `fd-chat-action`: a quick action was chosen. Cancel the event to handle it yourself. */
export interface ChatActionDetail {
  action: 'book' | 'wait' | 'costs';
}

declare global {
  interface HTMLElementEventMap {
    'fd-chat-open': CustomEvent<ChatToggleDetail>;
    'fd-chat-close': CustomEvent<ChatToggleDetail>;
    'fd-chat-message': CustomEvent<ChatMessageDetail>;
    'fd-chat-unread': CustomEvent<ChatUnreadDetail>;
    'fd-chat-action': CustomEvent<ChatActionDetail>;
  }
}
