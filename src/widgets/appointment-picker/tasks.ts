import { Task } from '@lit/task';
import type { AppointmentPicker } from './appointment-picker.js';
import { HORIZON_DAYS } from './slots.js';

/*
 * What the picker fetches: the practice's catalog (visit types, clinics, clinicians) once per
 * adapter, and the free times for the choices made while a step needs them. A failure is
 * reported through `onError` (an `fd-error` event) and shown by the step.
 */

const DAY = 86_400_000;

export const catalogTask = (p: AppointmentPicker, onError: (e: unknown) => void) =>
  new Task(p, {
    task: async ([port], { signal }) => {
      if (!port) return undefined;
      const [visitTypes, locations, providers] = await Promise.all([
        port.listVisitTypes?.({ signal }) ?? [],
        port.listLocations({ signal }),
        port.listProviders?.({ signal }) ?? [],
      ]);
      return { visitTypes, locations, providers };
    },
    args: () => [p.scheduling] as const,
    onError,
  });

export const slotsTask = (p: AppointmentPicker, onError: (e: unknown) => void) =>
  new Task(p, {
    task: async ([port, visitTypeId, providerId, locationId, stepNeedsSlots], { signal }) => {
      if (!port?.findSlots || !visitTypeId || !stepNeedsSlots) return [];
      const from = p.now();
      return port.findSlots({
        from: new Date(from).toISOString(),
        to: new Date(from + HORIZON_DAYS * DAY).toISOString(),
        visitTypeId,
        ...(providerId !== 'any' ? { providerId } : {}),
        ...(locationId !== 'any' ? { locationId } : {}),
        signal,
      });
    },
    args: () => [p.scheduling, p.visitTypeId, p.providerId, p.locationId, p.step === 'when' || p.step === 'details', p.refresh] as const,
    onError,
  });
