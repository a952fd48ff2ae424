/**
 * What a console call would show, in full: objects as JSON (every nested value), errors with
 * their message and own fields, so a test that checks "no patient data in the console" sees
 * what a developer would see — not `[object Object]`.
 */
export function formatConsoleArgs(args: readonly unknown[]): string {
  const seen = new WeakSet<object>();
  const replacer = (_key: string, value: unknown): unknown => {
    if (value instanceof Error) return { ...Object.fromEntries(Object.entries(value)), name: value.name, message: value.message, cause: value.cause };
    if (typeof value === 'bigint') return `${value}n`;
    if (value && typeof value === 'object') {
      if (seen.has(value)) return '[circular]';
      seen.add(value);
      if (value instanceof Map) return Object.fromEntries(value);
      if (value instanceof Set) return [...value];
    }
    return value;
  };
  return args
    .map((a) => {
      if (typeof a === 'string') return a;
      if (a === undefined || typeof a === 'function' || typeof a === 'symbol') return String(a);
      if (a instanceof Error) return `${a.name}: ${a.message} ${JSON.stringify(a, replacer)}`;
      return JSON.stringify(a, replacer) ?? typeof a;
    })
    .join(' ');
}

/** Records console.error / warn (and log / info / debug) calls during a test; restore() puts the originals back. */
export function captureConsole() {
  const errors: string[] = [];
  const warnings: string[] = [];
  const logs: string[] = [];
  const { error, warn, log, info, debug } = console;
  console.error = (...args: unknown[]) => void errors.push(formatConsoleArgs(args));
  console.warn = (...args: unknown[]) => void warnings.push(formatConsoleArgs(args));
  console.log = console.info = console.debug = (...args: unknown[]) => void logs.push(formatConsoleArgs(args));
  return {
    errors,
    warnings,
    logs,
    /** Everything written to the console, in one string. */
    all: () => [...errors, ...warnings, ...logs].join('\n'),
    restore() {
      console.error = error;
      console.warn = warn;
      console.log = log;
      console.info = info;
      console.debug = debug;
    },
  };
}
