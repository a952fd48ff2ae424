import type { Meta } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { MemoryAdapter } from '../src/adapters/memory/index.js';
import type { FrontdeskAdapter } from '../src/core/adapter.js';
import '../src/widgets/chat-launcher/fd-chat-launcher.js';
import type { ChatLauncher } from '../src/widgets/chat-launcher/chat-launcher.js';
import type { ChatPanel } from '../src/widgets/chat-launcher/panel.js';
import { failing, states } from './support/story.js';

interface ChatArgs {
  position: 'bottom-right' | 'bottom-left';
  offsetX?: number;
  offsetY?: number;
  prechat: boolean;
  quickActions: string;
  reminderText?: string;
}

const meta = {
  title: 'Widgets/Chat launcher',
  component: 'fd-chat-launcher',
  tags: ['autodocs'],
  args: { position: 'bottom-right', prechat: false, quickActions: 'book wait costs' },
  argTypes: { position: { control: 'inline-radio', options: ['bottom-right', 'bottom-left'] } },
} satisfies Meta<ChatArgs>;
export default meta;

const state = states<ChatArgs>(
  (args, adapter) => html`<fd-chat-launcher
    .adapter=${adapter}
    position=${args.position}
    offset-x=${ifDefined(args.offsetX)}
    offset-y=${ifDefined(args.offsetY)}
    ?prechat=${args.prechat}
    quick-actions=${args.quickActions}
    reminder-text=${ifDefined(args.reminderText)}
  ></fd-chat-launcher>`,
);

const tick = () => new Promise((r) => setTimeout(r, 25));
async function until(check: () => unknown, what: string, ms = 5000): Promise<void> {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) throw new Error(`Chat story: ${what}`);
    await tick();
  }
}

/** A `play` that opens the launcher, waits for the panel's state, then does `then` in the panel. */
const openTo =
  (view: string, then?: (panel: ChatPanel) => Promise<void>) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = canvasElement.querySelector<ChatLauncher>('fd-chat-launcher')!;
    el.open();
    const panel = () => el.shadowRoot?.querySelector<ChatPanel>('fd-chat-panel');
    await until(() => panel()?.viewState === view, `the panel never reached "${view}" (at ${panel()?.viewState})`);
    await then?.(panel()!);
  };

const root = (panel: ChatPanel) => panel.shadowRoot!;
async function send(panel: ChatPanel, text: string): Promise<void> {
  root(panel).querySelector<HTMLTextAreaElement>('#msg')!.value = text;
  root(panel).querySelector<HTMLButtonElement>('[part~=send-button]')!.click();
  await panel.updateComplete;
}

/** The memory agent, quick enough for a story. */
const quickAgent = (memory: MemoryAdapter): FrontdeskAdapter => {
  memory.control.chat.setAgentDelay(150);
  return memory;
};

/** Closed: the floating button (the panel's code is not loaded yet). */
export const Launcher = state({ view: 'closed' });

/** Open, someone is online: chat hours, the emergency notice, the reminder, quick actions. */
export const Online = { ...state({ scenario: 'online', view: 'open' }), play: openTo('online') };

/** Open, the desk is away: replies take longer. */
export const Away = { ...state({ scenario: 'away', view: 'open' }), play: openTo('away') };

/** Outside chat hours: when chat opens, and a form to leave a message for a call back. */
export const OfflineLeaveMessage = { ...state({ scenario: 'offline', view: 'open' }), play: openTo('offline') };

/** A message left outside hours, with its reference. */
export const MessageLeft = {
  ...state({ scenario: 'offline', view: 'open' }),
  play: openTo('offline', async (panel) => {
    root(panel).querySelector<HTMLInputElement>('#lm-name')!.value = 'Ana Ruiz';
    root(panel).querySelector<HTMLInputElement>('#lm-phone')!.value = '(555) 010-0000';
    root(panel).querySelector<HTMLTextAreaElement>('#lm-text')!.value = 'Please call me about my bill.';
    root(panel).querySelector<HTMLButtonElement>('[part~=leave-button]')!.click();
    await until(() => panel.viewState === 'message-left', 'the message was not left');
  }),
};

/** The optional pre-chat form: name, how to reach you, topic. */
export const PreChatForm = { ...state({ scenario: 'online', view: 'open', args: { prechat: true } }), play: openTo('online') };

/** A conversation: the agent joined, replies, delivery state and times. */
export const Conversation = {
  ...state({ scenario: 'online', view: 'open', adapter: quickAgent }),
  play: openTo('online', async (panel) => {
    await send(panel, 'Hi! Do you take walk-ins on Saturday?');
    await until(() => root(panel).querySelectorAll('.theirs').length >= 2, 'the agent did not answer');
  }),
};

/** A message that could not be sent: "Not sent" with Retry. */
export const SendFailed = {
  ...state({
    scenario: 'online',
    view: 'open',
    error: 'invalid-input',
    adapter: (memory) => {
      memory.control.chat.setAutoReply(false);
      memory.control.fail({ method: 'chat.send', kind: 'invalid-input' });
      return memory;
    },
  }),
  play: openTo('online', async (panel) => {
    await send(panel, 'Can I move my appointment?');
    await until(() => root(panel).querySelector('[part~=retry-button]'), 'no Retry shown');
  }),
};

/** Chat could not load: the network is down. */
export const Unavailable = { ...state({ ...failing('network'), view: 'open' }), play: openTo('error') };

/** The chat ended: transcript download and a new chat. */
export const Ended = {
  ...state({ scenario: 'online', view: 'open', adapter: quickAgent }),
  play: openTo('online', async (panel) => {
    await send(panel, 'Thanks, that is all.');
    await until(() => root(panel).querySelector('[part~=end-button]'), 'no End chat');
    root(panel).querySelector<HTMLButtonElement>('[part~=end-button]')!.click();
    await until(() => panel.viewState === 'ended', 'not ended');
  }),
};

/** On a phone: the panel fills the screen, inside the safe areas (use the viewport toolbar). */
export const MobileViewport = {
  ...state({ scenario: 'online', view: 'open' }),
  parameters: { ...state({ scenario: 'online', view: 'open' }).parameters, viewport: { defaultViewport: 'mobile1' } },
  play: openTo('online'),
};

/** Bottom-left, further from the edges. */
export const BottomLeft = state({ view: 'closed', args: { position: 'bottom-left', offsetX: 48, offsetY: 48 } });

/** En español. */
export const Spanish = { ...state({ scenario: 'online', view: 'open', locale: 'es' }), play: openTo('online') };

/** Dark theme. */
export const Dark = { ...state({ scenario: 'online', view: 'open', theme: 'dark' }), play: openTo('online') };

/** No adapter configured. */
export const NotConfigured = state({ adapter: 'none', view: 'not-configured' });
