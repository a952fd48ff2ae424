import * as z from 'zod/mini';
import { read } from '../port.js';
import { Location } from './location.js';

/**
 * The scheduling port. The foundation defines locations (shared by every widget that
 * names a site); the appointment picker adds visit types, providers, slots, holds and bookings.
 */
export const schedulingPort = {
  listLocations: read<object>()(z.array(Location)),
};
