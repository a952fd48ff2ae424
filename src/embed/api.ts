/**
 * The script-tag API, loaded by the classic loader (`frontdesk.ts`) right after it starts:
 * applies the `data-*` options, replaces the queue with the real `Frontdesk(...)` function,
 * replays what was queued, and defines each widget when its tag first appears.
 */
import { setChunkVerifier, type ChunkVerifier } from '../core/chunk.js';
import { configure, pageConfig, type FrontdeskConfig } from '../core/config.js';
import { tagLoaders } from './tags.js';

type Command = (...args: unknown[]) => void;
export interface FrontdeskGlobal {
  (name: string, ...args: unknown[]): void;
  q?: ArrayLike<unknown>[];
  loaded?: boolean;
}

const error = (message: string) => console.error(`Frontdesk: ${message}`);

async function adapterFor(kind: string | undefined, baseUrl: string | undefined, pricesUrl?: string): Promise<FrontdeskConfig['adapter']> {
  if (kind === 'demo') return (await import('../adapters/memory/index.js')).createMemoryAdapter({ latencyMs: 250, demo: true });
  if (kind === 'rest') {
    if (baseUrl) return (await import('../adapters/rest/index.js')).createRestAdapter({ baseUrl });
    error('data-adapter="rest" needs data-base-url, the address of your Frontdesk API (e.g. data-base-url="/api/frontdesk").');
    return undefined;
  }
  if (kind === 'price-index') {
    // A static website: the cost estimator over the index `frontdesk-prices build` wrote.
    if (pricesUrl) return (await import('../adapters/price-index/index.js')).createPriceIndexAdapter({ url: pricesUrl });
    error('data-adapter="price-index" needs data-prices-url, the address of the index frontdesk-prices built (e.g. data-prices-url="/prices.json").');
    return undefined;
  }
  if (kind) error(`data-adapter="${kind}" is not available in this build; use "demo", "rest", "price-index" or Frontdesk('configure', { adapter }).`);
  return undefined;
}

const configKeys = ['adapter', 'locale', 'timeZone', 'theme'] as const;

/** Checks `configure` options: one console error per problem, and nothing applied if any. */
function checkedConfig(options: unknown): FrontdeskConfig | undefined {
  if (!options || typeof options !== 'object') {
    error("'configure' takes an options object, e.g. { locale: 'es' }.");
    return undefined;
  }
  const problems: string[] = [];
  for (const key of Object.keys(options)) {
    if (!configKeys.includes(key as (typeof configKeys)[number])) problems.push(`unknown option "${key}" (known: ${configKeys.join(', ')})`);
  }
  const { adapter, locale, timeZone } = options as Record<string, unknown>;
  if (adapter !== undefined && (adapter === null || typeof adapter !== 'object')) problems.push('"adapter" must be an adapter object');
  if (locale !== undefined && typeof locale !== 'string') problems.push('"locale" must be a string such as "es"');
  if (timeZone !== undefined && typeof timeZone !== 'string') problems.push('"timeZone" must be an IANA name such as "America/Denver"');
  const { theme } = options as Record<string, unknown>;
  if (theme !== undefined && theme !== 'light' && theme !== 'dark') problems.push('"theme" must be "light" or "dark"');
  for (const problem of problems) error(`'configure': ${problem}.`);
  return problems.length ? undefined : options;
}

/** What `open` / `close` act on: the first such widget on the page. */
const openable: Record<string, string> = { picker: 'fd-appointment-picker', chat: 'fd-chat-launcher' };

async function toggle(command: 'open' | 'close', name: unknown): Promise<void> {
  // Own properties only: `Frontdesk('open', '__proto__')` must not reach Object.prototype.
  const tag = typeof name === 'string' && Object.hasOwn(openable, name) ? openable[name] : undefined;
  if (!tag) return error(`'${command}' takes ${Object.keys(openable).map((n) => `'${n}'`).join(' or ')}.`);
  const el = document.querySelector(tag);
  if (!el) return error(`'${command}', '${String(name)}': there is no <${tag}> on this page.`);
  await customElements.whenDefined(tag);
  const widget = el as Element & Partial<Record<'open' | 'close', () => void>>;
  widget[command]?.();
}

const listeners = new Map<unknown, EventListener>();
const commands: Record<string, Command> = {
  configure: (options) => {
    const config = checkedConfig(options);
    if (config) configure(config);
  },
  open: (name) => void toggle('open', name),
  close: (name) => void toggle('close', name),
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
  const command = typeof name === 'string' && Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) return error(`unknown command ${JSON.stringify(name)}; known: ${Object.keys(commands).join(', ')}.`);
  try {
    command(...args);
  } catch (thrown) {
    error(`'${String(name)}' failed: ${thrown instanceof Error ? thrown.message : String(thrown)}`);
  }
}

/**
 * A widget whose code could not be loaded (missing, or refused because its bytes differ from the
 * build's) says so where it stands, in the page's language, and reports one `fd-error`.
 */
function showUnloaded(tag: string): void {
  for (const el of document.querySelectorAll(tag)) {
    if (el.shadowRoot) continue;
    const spanish = /^es\b/i.test(el.closest('[lang]')?.getAttribute('lang') || pageConfig().locale || '');
    const p = document.createElement('p');
    p.setAttribute('role', 'alert');
    p.textContent = spanish
      ? 'Esta parte de la página no se pudo cargar. Vuelva a cargar la página o llame al consultorio.'
      : 'This part of the page could not be loaded. Please reload the page or call the practice.';
    el.attachShadow({ mode: 'open' }).append(p);
    el.dispatchEvent(new CustomEvent('fd-error', { detail: { kind: 'unavailable', retryable: false, widget: tag }, bubbles: true, composed: true }));
  }
}

const unloaded = "could not be loaded (missing, or not the build's bytes).";
const pending = new Map(Object.entries(tagLoaders));
function defineSeen(root: ParentNode): void {
  for (const [tag, load] of pending) {
    if ((root instanceof Element && root.localName === tag) || root.querySelector(tag)) {
      pending.delete(tag);
      load().catch(() => {
        error(`the code for <${tag}> ${unloaded}`);
        showUnloaded(tag);
      });
    }
  }
}

export async function start(dataset: Readonly<Record<string, string | undefined>>, queued: ArrayLike<unknown>[], verify?: ChunkVerifier): Promise<void> {
  if (verify) setChunkVerifier(verify);
  const fromAttributes = checkedConfig({
    ...(dataset.locale ? { locale: dataset.locale } : {}),
    ...(dataset.timeZone ? { timeZone: dataset.timeZone } : {}),
    ...(dataset.theme ? { theme: dataset.theme } : {}),
  });
  if (fromAttributes) configure(fromAttributes);
  // A chunk refused or missing: the widgets still start and say what they can't do.
  const adapter = await adapterFor(dataset.adapter, dataset.baseUrl, dataset.pricesUrl).catch(() => error(`the code for data-adapter="${dataset.adapter}" ${unloaded}`));
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
