// What every widget shares, bundled alone so `npm run size` can measure it against its
// budget whatever the widgets' chunking: lit, @lit/context, @lit/task, the core (base
// element, guard, resilience, localize, formatters, tokens) and the shared port specs. The
// zod schemas are not in it: the guard loads them alongside the first adapter call.
export { FrontdeskElement } from '../../src/core/element.js';
export { FrontdeskProvider } from '../../src/widgets/provider/provider.js';
export { configure } from '../../src/core/config.js';
export { define } from '../../src/core/define.js';
export { guardPort } from '../../src/core/guard.js';
export * from '../../src/core/format.js';
export * from '../../src/core/time.js';
export * from '../../src/core/ports/scheduling.js';
