// The demo site in the end-to-end tests: its pages (built as `npm start` builds them, served by the
// test runner under /dist/demo-e2e/) in a frame of the test page, their API calls forwarded to this
// browser's console group of live servers (scripts/live-servers.mjs, scripts/live-loop.mjs), whose
// clock the test moves and whose emails land in a local SMTP sink.
import { executeServerCommand } from '@web/test-runner-commands';
import { browser, consoleServer, until } from '../console/support.js';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}
export interface Forwarded {
  method: string;
  path: string;
  backend: number;
}

export const SITE = '/dist/demo-e2e';
const group = `console-${browser}`;

/** Builds the demo site (once per run) and starts this browser's console group. */
export async function siteAndServers(): Promise<void> {
  let built: true | { pending: true };
  do built = await executeServerCommand<true | { pending: true }, undefined>('fd-live-site');
  while (built !== true);
  await consoleServer();
}

/** Moves the group's server clocks to `at` (ms since the epoch; `null`: back to the real time). */
export const setClock = (at: number | null) => executeServerCommand('fd-live-clock', { group, at });
/** Every email the group's servers have sent. */
export const mails = () => executeServerCommand<Mail[], { group: string }>('fd-live-mail', { group });
/** What the runner's origin forwarded to the group, and to which process (0: the patient's calls; 1: staff's). */
export const forwarded = () => executeServerCommand<Forwarded[], { group: string }>('fd-live-console-log', { group });

/** Opens a page of the demo site in the test page's frame (same origin: its calls reach the live servers). */
export async function openPage(url: string): Promise<Document> {
  document.querySelector('iframe')?.remove();
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1280px; height: 900px; border: 0';
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  frame.src = url;
  document.body.append(frame);
  await loaded;
  return frame.contentDocument!;
}

/** The text of an element's shadow root, whitespace collapsed. */
export const shadowText = (el: Element): string => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

/** The button under `root` whose text matches. */
export const buttonIn = (root: ParentNode, label: RegExp): HTMLButtonElement | undefined =>
  [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => label.test(b.textContent.trim()));

/** Clicks the button in `el`'s shadow root whose text matches, once it is there. */
export async function press(el: Element, label: RegExp): Promise<void> {
  await until(() => !!buttonIn(el.shadowRoot!, label), () => `no button ${String(label)}: ${shadowText(el)}`);
  buttonIn(el.shadowRoot!, label)!.click();
}
