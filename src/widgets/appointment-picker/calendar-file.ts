import type { Appointment } from '../../core/schemas/scheduling.js';
import { buildIcs } from './ics.js';
import { locationOf, visitTypeOf, type ViewContext } from './views.js';

/**
 * "Add to calendar": saves the appointment as `appointment.ics` (what, where, when; never
 * the patient's details). Loaded when the patient asks for it.
 */
export function downloadIcs(a: Appointment, c: ViewContext | undefined, now: number): void {
  const location = c && locationOf(c, a.locationId);
  const text = buildIcs({
    uid: `${a.id}@frontdesk`,
    start: a.start,
    end: a.end,
    summary: `${(c && visitTypeOf(c, a.visitTypeId)?.name) ?? ''} · ${location?.name ?? ''}`,
    ...(location ? { location: `${location.name}, ${location.address.lines.join(', ')}, ${location.address.city}, ${location.address.state}` } : {}),
    ...(location?.directionsUrl ? { url: location.directionsUrl } : {}),
    now,
  });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type: 'text/calendar' }));
  link.download = 'appointment.ics';
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}
