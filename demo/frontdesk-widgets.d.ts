/*
 * Types for the package specifiers the demo's ESM pages import (`frontdesk-widgets`, `/define`,
 * `/adapters/memory`), taken from src/ just as demo/vite.config.ts aliases them to src/. Without
 * this, TypeScript would resolve them through package.json (no "exports" yet, or later the built
 * dist/types/), so `npm run typecheck` would fail on a clean checkout. Ambient modules may not
 * `export * from` a relative path, hence one `typeof import()` line per name the demo uses:
 * add a line when a page imports something new.
 */
/* eslint-disable @typescript-eslint/consistent-type-imports */
declare module 'frontdesk-widgets' {
  export const configure: typeof import('../src/index.js').configure;
  export const createMemoryAdapter: typeof import('../src/index.js').createMemoryAdapter;
  export type FrontdeskAdapter = import('../src/index.js').FrontdeskAdapter;
}
declare module 'frontdesk-widgets/define' {}
declare module 'frontdesk-widgets/adapters/memory' {
  export const createMemoryAdapter: typeof import('../src/adapters/memory/index.js').createMemoryAdapter;
}
declare module 'frontdesk-widgets/adapters/rest' {
  export const createRestAdapter: typeof import('../src/adapters/rest/index.js').createRestAdapter;
}
declare module 'frontdesk-widgets/adapters/price-index' {
  export const createPriceIndexAdapter: typeof import('../src/adapters/price-index/index.js').createPriceIndexAdapter;
}
