import type { BuildProgress } from './build.js';

/**
 * How `frontdesk-prices build` shows its progress: on a terminal, one bar redrawn in place
 * (bytes read, rows, rate, time left); elsewhere (CI logs, pipes), a plain line every
 * `intervalMs` once the build runs that long, so short builds print nothing. The CLI shows
 * none with `--json` or `-q`.
 */
export interface ProgressOptions {
  tty: boolean;
  write: (text: string) => void;
  /** Terminal width (bar length). */
  columns?: number;
  now?: () => number;
  /** Redraw (terminal) or line (plain) interval. */
  intervalMs?: number;
}

export interface ProgressView {
  update(progress: BuildProgress): void;
  /** Before other output: clears the bar line (terminal). */
  clear(): void;
  /** At the end: clears the bar for good. */
  done(): void;
}

const mb = (bytes: number) => (bytes / 1e6).toFixed(1);
const count = (n: number) => n.toLocaleString('en-US');

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.max(0, Math.round(seconds));
  return s >= 3600 ? `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m` : `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** The figures of one progress report: percent (when the size is known), rate, time left. */
export function describeProgress(p: BuildProgress, seconds: number): { percent?: number; rate: number; left?: number; text: string } {
  const rate = seconds > 0 ? p.bytesRead / 1e6 / seconds : 0;
  const percent = p.totalBytes ? Math.min(100, (100 * p.bytesRead) / p.totalBytes) : undefined;
  const left = p.totalBytes && rate > 0 ? (p.totalBytes - p.bytesRead) / 1e6 / rate : undefined;
  const file = p.inputs > 1 ? `${p.fileName} (${p.input + 1}/${p.inputs})` : p.fileName;
  const size = p.totalBytes ? `${mb(p.bytesRead)} of ${mb(p.totalBytes)} MB` : `${mb(p.bytesRead)} MB`;
  const text = `${file}: ${size}, ${count(p.items)} rows, ${count(p.rates)} rates, ${rate.toFixed(1)} MB/s${left === undefined ? '' : `, ${duration(left)} left`}`;
  return { percent, rate, left, text };
}

export function createProgress({ tty, write, columns = 80, now = () => performance.now(), intervalMs = tty ? 100 : 5000 }: ProgressOptions): ProgressView {
  let started: number | undefined;
  let fileStarted = 0;
  let file = -1;
  let last = 0;
  let shown = false;
  return {
    update(p) {
      const t = now();
      // The first report starts the clock: nothing is shown before one interval has passed.
      if (started === undefined) started = last = t;
      if (p.input !== file) [file, fileStarted] = [p.input, t];
      if (t - last < intervalMs) return;
      last = t;
      const { percent, text } = describeProgress(p, (t - fileStarted) / 1000);
      if (!tty) return write(`frontdesk-prices: ${percent === undefined ? '' : `${percent.toFixed(0)}% — `}${text}\n`);
      const width = Math.max(10, Math.min(30, columns - text.length - 8));
      const filled = percent === undefined ? 0 : Math.round((width * percent) / 100);
      const bar = percent === undefined ? '' : `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${percent.toFixed(0).padStart(3)}% `;
      write(`\r\x1b[2K${`${bar}${text}`.slice(0, columns - 1)}`);
      shown = true;
    },
    clear() {
      if (shown) write('\r\x1b[2K');
      shown = false;
    },
    done() {
      this.clear();
    },
  };
}
