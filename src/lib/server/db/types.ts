import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import type * as schema from './schema';

/** The database handle every domain function takes as its first parameter (a transaction fits too). */
export type Db = PostgresJsDatabase<typeof schema>;
