import { push, read } from '../port.js';

const schemas = () => import('../schemas/wait-times.js');

/** The wait-time port: a read per poll, and an optional push channel. */
export const waitTimesPort = {
  getWaitTimes: read<{ locationIds: readonly string[] }>()(() => schemas().then((m) => m.WaitTimeList)),
  subscribe: push<{ locationIds: readonly string[] }>()(() => schemas().then((m) => m.WaitTimeList)),
};
