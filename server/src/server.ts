import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { buildApp, type AppOptions } from './app.js';
import type { ServerConfig } from './context.js';
import { migrate } from './db/migrate.js';
import { openDatabase, type Database } from './db/port.js';
import { PracticeFile, practiceProblems, seedPractice } from './practice.js';
import { readFeedbackFile } from './practice-extras.js';

/** Reads and checks a practice file (YAML or JSON); throws with every problem listed. */
export function readPractice(path: string): PracticeFile {
  const raw: unknown = parseYaml(readFileSync(path, 'utf8'));
  const result = PracticeFile.safeParse(raw);
  if (!result.success) {
    throw new Error(`${path}:\n${result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
  }
  const problems = practiceProblems(result.data);
  if (problems.length) throw new Error(`${path}:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  return { ...result.data, ...(result.data.feedback ? { feedbackData: readFeedbackFile(path, result.data.feedback) } : {}) };
}

export interface StartOptions {
  databaseUrl?: string;
  dataDir?: string;
  practice?: string;
  host?: string;
  port?: number;
  config?: Partial<ServerConfig>;
  logStream?: { write(line: string): void };
  outbox?: AppOptions['outbox'];
}

/** Opens the database, migrates, seeds the practice when given, and listens. */
export async function startServer(options: StartOptions) {
  const db: Database = await openDatabase({ ...(options.databaseUrl ? { url: options.databaseUrl } : {}), ...(options.dataDir ? { dataDir: options.dataDir } : {}) });
  await migrate(db);
  if (options.practice) {
    const practice = readPractice(options.practice);
    await db.transaction((tx) => seedPractice(tx, practice));
  }
  const app = await buildApp({
    db,
    ...(options.config ? { config: options.config } : {}),
    ...(options.logStream ? { logStream: options.logStream } : {}),
    ...(options.outbox ? { outbox: options.outbox } : {}),
  });
  app.addHook('onClose', async () => db.close());
  const address = await app.listen({ host: options.host ?? '127.0.0.1', port: options.port ?? 8787 });
  return { app, db, address };
}
