/**
 * The script-tag entry. Reads `data-*` options from its own <script>, replays the
 * `Frontdesk(...)` queue a page may have filled before it loaded, and loads each widget's
 * code only when its tag first appears. It defines one global, `Frontdesk`.
 */
import { configure, type FrontdeskConfig } from '../core/config.js';
import { tagLoaders } from './tags.js';

type Command = (...args: unknown[]) => void;
interface FrontdeskGlobal {
  (name: string, ...args: unknown[]): void;
  q?: ArrayLike<unknown>[];
  loaded?: boolean;
  configure?: typeof configure;
}

const w = window as unknown as { Frontdesk?: FrontdeskGlobal };
const script = document.currentScript as HTMLScriptElement | null;
const error = (message: string) => console.error(`Frontdesk: ${message}`);

async function adapterFromAttributes(kind: string | undefined): Promise<FrontdeskConfig['adapter']> {
  if (kind === 'demo') return (await import('../adapters/memory/index.js')).createMemoryAdapter({ latencyMs: 250 });
  if (kind) error(`data-adapter="${kind}" is not available in this build; use "demo" or Frontdesk('configure', { adapter }).`);
  return undefined;
}

const listeners = new Map<Command, EventListener>();
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
    listeners.set(handler as Command, listener);
    document.addEventListener(type, listener);
  },
  off: (type, handler) => {
    const listener = listeners.get(handler as Command);
    if (typeof type === 'string' && listener) document.removeEventListener(type, listener);
  },
};

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

async function start(): Promise<void> {
  const data = script?.dataset ?? {};
  const queued = w.Frontdesk?.q ?? [];
  const api: FrontdeskGlobal = Object.assign((name: string, ...args: unknown[]) => run(name, ...args), { loaded: true, configure });
  w.Frontdesk = api;
  configure({
    ...(data.locale ? { locale: data.locale } : {}),
    ...(data.timeZone ? { timeZone: data.timeZone } : {}),
  });
  const adapter = await adapterFromAttributes(data.adapter);
  if (adapter) configure({ adapter });
  for (const entry of Array.from(queued)) run(...(Array.from(entry) as [unknown, ...unknown[]]));
  defineSeen(document);
  new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) defineSeen(node);
  }).observe(document.documentElement, { childList: true, subtree: true });
}

if (!w.Frontdesk?.loaded) void start();
