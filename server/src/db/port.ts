/** The one small query port both databases implement: the same SQL runs on PGlite and PostgreSQL. */
export type Row = Record<string, unknown>;

export interface Queryable {
  query<T = Row>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface Database extends Queryable {
  /** Runs `work` in one transaction (committed when it resolves, rolled back when it throws). */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Calls `onPayload` for every NOTIFY on `channel`, from any process; resolves to an unsubscribe. */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  /** `embedded` (PGlite, one process) or `postgres`. */
  readonly kind: 'embedded' | 'postgres';
  close(): Promise<void>;
}

/** PostgreSQL's code for an exclusion or unique violation (the database refusing a double booking). */
export const isConstraintViolation = (error: unknown): boolean => {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23P01' || code === '23505';
};

/** Opens PostgreSQL at `url` when given (the `pg` driver), else the embedded PGlite in `dataDir`. */
export async function openDatabase(options: { url?: string; dataDir?: string }): Promise<Database> {
  if (options.url) {
    const { openPostgres } = await import('./postgres.js');
    return openPostgres(options.url);
  }
  const { openPglite } = await import('./pglite.js');
  return openPglite(options.dataDir);
}
