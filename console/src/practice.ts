import type * as z from 'zod/mini';
import { restPaths } from '../../src/adapters/rest/paths.js';
import { LocationList, ProviderList, VisitTypeList } from '../../src/core/schemas/scheduling.js';
import { pathOf, type StaffApi } from './api.js';

export type Practice = { locations: z.infer<typeof LocationList>; providers: z.infer<typeof ProviderList>; visitTypes: z.infer<typeof VisitTypeList> };

let loaded: Promise<Practice> | undefined;

/** The practice's locations, clinicians and visit types (the public contract's reads), once per page. */
export function practice(api: StaffApi): Promise<Practice> {
  loaded ??= Promise.all([api.read(LocationList, pathOf(restPaths.locations)), api.read(ProviderList, pathOf(restPaths.providers)), api.read(VisitTypeList, pathOf(restPaths.visitTypes))]).then(
    ([locations, providers, visitTypes]) => ({ locations, providers, visitTypes }),
    (error: unknown) => {
      loaded = undefined;
      throw error;
    },
  );
  return loaded;
}

export const nameOf = (list: readonly { id: string; name?: string; displayName?: string }[], id: string | null | undefined): string => {
  const found = list.find((x) => x.id === id);
  return found?.name ?? found?.displayName ?? id ?? '—';
};
