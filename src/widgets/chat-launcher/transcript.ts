import { formatDate, formatTime } from '../../core/format.js';
import type { Catalog, Locale } from '../../core/localize.js';
import type { PanelMessages } from './panel-messages.js';
import type { LogEntry } from './session.js';

/** The conversation as plain text, for the patient's own download (never sent anywhere). */
export function transcriptText(log: readonly LogEntry[], t: Catalog<PanelMessages>, locale: Locale, timeZone: string): string {
  const first = log.find((e) => e.sentAt)?.sentAt;
  const lines = [`${t.title}${first ? ` — ${formatDate(first, locale, timeZone, 'long')}` : ''}`, ''];
  for (const e of log) {
    if (e.kind !== 'message') {
      lines.push(`— ${e.kind === 'joined' ? t.joined(e.authorName ?? '') : e.kind === 'left' ? t.left(e.authorName || t.someone) : t.ended}`);
      continue;
    }
    const when = e.sentAt ? `[${formatTime(e.sentAt, locale, timeZone)}] ` : '';
    const who = e.author === 'patient' ? t.you : (e.authorName ?? t.someone);
    lines.push(`${when}${who}: ${e.text}${e.state === 'failed' ? ` (${t.failed})` : ''}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Saves text as a file through a Blob URL: the text never appears in any URL. */
export function downloadText(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
