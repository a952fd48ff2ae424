// Main-thread time from page load until the chat launcher is visible, beside the same page
// without it. The page loads in a same-origin iframe (same main thread); a probe of back-to-back
// MessageChannel tasks counts every gap longer than 0.3 ms as time the thread spent elsewhere.
// Then the cost of the first open (panel chunk, schemas, first availability) on its own.

interface Load {
  busy: number;
  wall: number;
}

const until = async (check: () => boolean, ms = 10_000) => {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) throw new Error('chat bench: timed out');
    await new Promise((r) => setTimeout(r, 2));
  }
};

/** Runs `body` while measuring main-thread time taken by other tasks. */
async function measure(body: () => Promise<void>): Promise<Load> {
  const channel = new MessageChannel();
  let busy = 0;
  let running = true;
  const start = performance.now();
  let last = start;
  channel.port1.onmessage = () => {
    const now = performance.now();
    if (now - last > 0.3) busy += now - last;
    last = now;
    if (running) channel.port2.postMessage(0);
  };
  channel.port2.postMessage(0);
  try {
    await body();
  } finally {
    running = false;
    channel.port1.close();
  }
  return { busy, wall: performance.now() - start };
}

type Shadowed = Element & { shadowRoot: ShadowRoot | null };
const launcherButton = (doc: Document) => (doc.querySelector('fd-chat-launcher') as Shadowed | null)?.shadowRoot?.querySelector('[part~=button]');

async function load(withLauncher: boolean, open = false): Promise<{ page: Load; opened?: Load }> {
  const frame = document.createElement('iframe');
  frame.width = '1024';
  frame.height = '768';
  const page = await measure(async () => {
    frame.src = `/scripts/bench/chat-page-${withLauncher ? 'with' : 'without'}.html`;
    document.body.append(frame);
    await until(() => {
      const doc = frame.contentDocument;
      if (!doc || doc.readyState !== 'complete' || doc.location.href === 'about:blank') return false;
      if (!withLauncher) return true;
      const rect = launcherButton(doc)?.getBoundingClientRect();
      return !!rect && rect.width > 0;
    });
  });
  let opened: Load | undefined;
  if (open) {
    const doc = frame.contentDocument!;
    opened = await measure(async () => {
      (launcherButton(doc) as HTMLElement).click();
      const panel = () => (doc.querySelector('fd-chat-launcher') as Shadowed).shadowRoot?.querySelector('fd-chat-panel') as (Element & { viewState?: string }) | null;
      await until(() => !!panel()?.viewState && panel()!.viewState !== 'loading');
    });
  }
  frame.remove();
  return { page, opened };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function run() {
  await load(true);
  await load(false); // warm the server and the HTTP cache
  const withBusy: number[] = [];
  const withoutBusy: number[] = [];
  const openBusy: number[] = [];
  const openWall: number[] = [];
  for (let i = 0; i < 9; i++) {
    withoutBusy.push((await load(false)).page.busy);
    const w = await load(true, true);
    withBusy.push(w.page.busy);
    openBusy.push(w.opened!.busy);
    openWall.push(w.opened!.wall);
  }
  return [
    { name: 'chat: page load → launcher visible vs no widget (main thread)', aMs: median(withBusy), bMs: median(withoutBusy) },
    { name: 'chat: first open → panel ready, main thread vs wall', aMs: median(openBusy), bMs: median(openWall) },
  ];
}
