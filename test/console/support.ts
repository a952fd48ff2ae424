// The staff console's browser tests: <fd-console> in the test page, its API calls forwarded
// same-origin to this browser's own live frontdesk-server (scripts/live-servers.mjs, group
// console-chromium or console-firefox: PostgreSQL, a staff account, the demo price index).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { createRestAdapter, type RestAdapter } from '../../src/adapters/rest/index.js';
import '../../console/src/define.js';
import type { FdConsole } from '../../console/src/fd-console.js';

export const WAIT = 15_000;
export const STAFF = { email: 'desk@example-clinic.org', password: 'e2e staff password, loopback only' };
export const browser = /Firefox\//.test(navigator.userAgent) ? 'firefox' : 'chromium';
/** The same-origin API (forwarded to the live server). */
export const API = `${location.origin}/api/frontdesk`;

export interface ConsoleServer {
  /** The live server's own address (another origin: for the cross-site checks). */
  directBaseUrl: string;
  rest: RestAdapter;
}

export async function consoleServer(): Promise<ConsoleServer> {
  let started: { baseUrl?: string; pending?: true };
  do started = await executeServerCommand<typeof started, { group: string; origin: string }>('fd-live-start', { group: `console-${browser}`, origin: location.origin });
  while (started.pending);
  return { directBaseUrl: started.baseUrl ?? '', rest: createRestAdapter({ baseUrl: API }) };
}

/** Every element under `root`, through open shadow roots. */
export function deepAll<E extends Element = HTMLElement>(start: ParentNode, selector: string): E[] {
  const root = start instanceof Element && start.shadowRoot ? start.shadowRoot : start;
  const found: E[] = [...root.querySelectorAll<E>(selector)];
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) found.push(...deepAll<E>(el.shadowRoot, selector));
  return found;
}
export const deep = <E extends Element = HTMLElement>(root: ParentNode, selector: string): E | undefined => deepAll<E>(root, selector)[0];
export const text = (el: Element): string => deepAll(el, '*').map((e) => (e.children.length ? '' : e.textContent)).join(' ').replace(/\s+/g, ' ');

/** A button (through shadow roots) whose text or aria-label matches. */
export function button(root: Element, name: string | RegExp, scope = 'button'): HTMLButtonElement {
  const match = (b: HTMLElement) => {
    const label = `${b.getAttribute('aria-label') ?? ''} ${b.textContent}`.trim();
    return typeof name === 'string' ? label.includes(name) : name.test(label);
  };
  const found = deepAll<HTMLButtonElement>(root, scope).find(match);
  if (!found) throw new Error(`no button ${String(name)}`);
  return found;
}

export async function until(check: () => boolean, message: string | (() => string)): Promise<void> {
  await waitUntil(check, typeof message === 'string' ? message : undefined, { timeout: WAIT, interval: 50 }).catch(() => {
    throw new Error(typeof message === 'string' ? message : message());
  });
}

/** The console, signed out, in English. */
export async function openConsole(): Promise<FdConsole> {
  sessionStorage.clear();
  location.hash = '';
  const el = await fixture<FdConsole>(html`<fd-console></fd-console>`);
  await until(() => !!deep(el, 'form.sign-in') || !!deep(el, 'nav'), 'the console never rendered');
  return el;
}

/** Signs in through the form; with the right password, waits for the sections. */
export async function signIn(el: FdConsole, password = STAFF.password): Promise<void> {
  deep<HTMLInputElement>(el, 'input[name=email]')!.value = STAFF.email;
  deep<HTMLInputElement>(el, 'input[name=password]')!.value = password;
  deep<HTMLFormElement>(el, 'form.sign-in')!.requestSubmit();
  if (password === STAFF.password) await until(() => !!deep(el, 'nav'), 'not signed in');
}

/** Goes to a screen by its link (as a keyboard user's Enter on it would) and waits for it to load. */
export async function go(el: FdConsole, screen: string, tag: string): Promise<HTMLElement> {
  deep<HTMLAnchorElement>(el, `nav a[href="#${screen}"]`)!.click();
  await until(() => !!deep(el, tag), `no ${tag}`);
  const shown = deep(el, tag)!;
  await until(() => !text(shown).includes('Loading…') && !text(shown).includes('Cargando…'), `${tag} kept loading`);
  return shown;
}

/** axe on the console as it is now, then screenshots at 1280 and 390 px (no page-wide horizontal scroll at 390). */
export async function check(el: FdConsole, name: string): Promise<void> {
  await expect(el).to.be.accessible();
  for (const width of [1280, 390]) {
    await setViewport({ width, height: 900 });
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    if (width === 390) {
      const wide = deepAll(el, '*').filter((e) => e.getBoundingClientRect().right > 391 && !e.closest('.table-wrap') && e.getClientRects().length);
      expect(document.documentElement.scrollWidth, `${name} is wider than 390 px: ${wide.slice(-3).map((e) => `${e.localName}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`).join(', ')}`).to.be.at.most(390);
    }
    await executeServerCommand('fd-live-shot', { name: `${browser}-${name}-${width}` });
  }
  await setViewport({ width: 1280, height: 900 });
}

/** A call to the same-origin API as a patient's page would make (no session). */
export async function patientCall(method: string, path: string, body?: unknown): Promise<Record<string, unknown>> {
  const res = await fetch(`${API}${path}`, {
    method,
    credentials: 'omit',
    headers: { 'content-type': 'application/json', ...(method === 'GET' ? {} : { 'idempotency-key': crypto.randomUUID() }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as Record<string, unknown>;
}
