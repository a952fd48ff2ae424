import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import type { Database, Queryable, Row } from './port.js';

/** The embedded database: PostgreSQL in WASM, data in a folder (in memory without one). One process only. */
export async function openPglite(dataDir?: string): Promise<Database> {
  const db = await PGlite.create({ ...(dataDir ? { dataDir } : {}), extensions: { btree_gist } });
  const wrap = (q: Pick<PGlite, 'query' | 'exec'>): Queryable => ({
    query: async <T = Row>(sql: string, params: readonly unknown[] = []) => (await q.query(sql, [...params])).rows as T[],
    exec: async (sql) => {
      await q.exec(sql);
    },
  });
  return {
    kind: 'embedded',
    ...wrap(db),
    transaction: (work) => db.transaction((tx) => work(wrap(tx))),
    listen: async (channel, onPayload) => {
      const stop = await db.listen(channel, onPayload);
      return async () => stop();
    },
    close: () => db.close(),
  };
}
