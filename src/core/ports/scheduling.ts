import { read } from '../port.js';

const schemas = () => import('../schemas/scheduling.js');

/**
 * The scheduling port. The foundation defines locations (shared by every widget that
 * names a site); the appointment picker adds visit types, providers, slots, holds and bookings.
 */
export const schedulingPort = {
  listLocations: read<object>()(() => schemas().then((m) => m.LocationList)),
};
