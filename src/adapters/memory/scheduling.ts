import type { SchedulingPort } from '../../core/adapter.js';
import type { Location } from '../../core/schemas/location.js';
import type { MemoryRuntime } from './runtime.js';

export function memoryScheduling(runtime: MemoryRuntime, locations: readonly Location[]): SchedulingPort {
  return {
    listLocations: (input) => runtime.run('scheduling.listLocations', input, () => [...locations]),
  };
}
