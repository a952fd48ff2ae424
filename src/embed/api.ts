/**
 * The script-tag API, loaded by the classic loader (`frontdesk.ts`) right after it starts:
 * applies the `data-*` options, replaces the queue with the real `Frontdesk(...)` function,
 * replays what was queued, and defines each widget when its tag first appears.
 */
import { configure, type FrontdeskConfig } from '../core/config.js';
import { tagLoaders } from './tags.js';

type Command = (...args: unknown[]) => void;
export interface FrontdeskGlobal {
  (name: string, ...args: unknown[]): void;
  q?: ArrayLike<unknown>[];
  loaded?: boolean;
}

const error = (message: string) => console.error(`Frontdesk: ${message}`);

async function adapterFor(kind: string | undefined, baseUrl: string | undefined): Promise<FrontdeskConfig['adapter']> {
  if (kind === 'demo') return (await import('../adapters/memory/index.js')).createMemoryAdapter({ latencyMs: 250, demo: true });
  if (kind === 'rest') {
    if (baseUrl) return (await import('../adapters/rest/index.js')).createRestAdapter({ baseUrl });
    error('data-adapter="rest" needs data-base-url, the address of your Frontdesk API (e.g. data-base-url="/api/frontdesk").');
    return undefined;
  }
  if (kind) error(`data-adapter="${kind}" is not available in this build; use "demo", "rest" or Frontdesk('configure', { adapter }).`);
  return undefined;
}

const listeners = new Map<unknown, EventListener>();
const commands: Record<string, Command> = {
  configure: (options) => {
    if (!options || typeof options !== 'object') return error("'configure' takes an options object.");
    configure(options);
  },
  setLocale: (locale) => {
    if (typeof locale !== 'string') return error("'setLocale' takes a locale string such as 'es'.");
    configure({ locale });
  },
  on: (type, handler) => {
    if (typeof type !== 'string' || !type.startsWith('fd-') || typeof handler !== 'function') {
      return error("'on' takes an fd-* event name and a function.");
    }
    const listener: EventListener = (event) => (handler as Command)(event);
    listeners.set(handler, listener);
    document.addEventListener(type, listener);
  },
  off: (type, handler) => {
    const listener = listeners.get(handler);
    if (typeof type === 'string' && listener) document.removeEventListener(type, listener);
  },
};

/** Runs one command; an unknown command or a failing one is one console error, never a throw. */
function run(name: unknown, ...args: unknown[]): void {
  const command = typeof name === 'string' ? commands[name] : undefined;
  if (!command) return error(`unknown command ${JSON.stringify(name)}; known: ${Object.keys(commands).join(', ')}.`);
  try {
    command(...args);
  } catch (thrown) {
    error(`'${String(name)}' failed: ${thrown instanceof Error ? thrown.message : String(thrown)}`);
  }
}

const pending = new Map(Object.entries(tagLoaders));
function defineSeen(root: ParentNode): void {
  for (const [tag, load] of pending) {
    if ((root instanceof Element && root.localName === tag) || root.querySelector(tag)) {
      pending.delete(tag);
      load().catch(() => error(`the code for <${tag}> could not be loaded.`));
    }
  }
}

export async function start(dataset: Readonly<Record<string, string | undefined>>, queued: ArrayLike<unknown>[]): Promise<void> {
  configure({
    ...(dataset.locale ? { locale: dataset.locale } : {}),
    ...(dataset.timeZone ? { timeZone: dataset.timeZone } : {}),
  });
  const adapter = await adapterFor(dataset.adapter, dataset.baseUrl);
  if (adapter) configure({ adapter });
  const api: FrontdeskGlobal = Object.assign((name: string, ...args: unknown[]) => run(name, ...args), { loaded: true });
  (window as unknown as { Frontdesk: FrontdeskGlobal }).Frontdesk = api;
  // Commands queued before this point, including those made while this chunk loaded, in order.
  for (const entry of Array.from(queued)) run(...(Array.from(entry) as [unknown, ...unknown[]]));
  defineSeen(document);
  new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) defineSeen(node);
  }).observe(document.documentElement, { childList: true, subtree: true });
}
