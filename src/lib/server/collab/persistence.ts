// Durable storage of co-editing documents in PostgreSQL: append-only updates with group commit, snapshots by
// compaction, seeding once under a lock.
import * as Y from 'yjs';
import type postgres from 'postgres';
import { eq, inArray, sql, count } from 'drizzle-orm';
import { collabUpdates, collabSnapshots } from '../db/schema';
import type { Db } from '../db/types';
import { logger } from '../log';
import { UPDATES_CHANNEL } from './fanout';

const log = logger.child({ part: 'collab-persistence' });

/** At most this many rows in one INSERT (two parameters a row, far below PostgreSQL's 65,535). */
const MAX_BATCH = 2000;

interface Pending {
	document: string;
	update: Uint8Array;
	resolve: () => void;
}

export interface StoredDocument {
	/** The snapshot (if any) followed by every update after it, in the order stored. */
	updates: Uint8Array[];
	/** How many update rows are stored beside the snapshot (for compaction). */
	updateRows: number;
}

export class UpdateStore {
	private pending: Pending[] = [];
	private flushing: Promise<void> | null = null;
	private stopped = false;

	/**
	 * `notifyAs`: the process's fan-out origin. Then the statement that stores a batch also notifies each row to the
	 * other processes (see fanout.ts), in the same transaction: no row without its notification, none before commit.
	 */
	constructor(
		private readonly db: Db,
		private readonly notifyAs: string | null = null
	) {}

	/**
	 * Appends an update; resolves once it is committed. Appends that arrive while a batch is being written go in
	 * the next batch together (group commit), so one fsync serves many editors. A failed write is retried until
	 * it succeeds: nothing is dropped, and the editors meanwhile show "saving".
	 */
	append(document: string, update: Uint8Array): Promise<void> {
		return new Promise((resolve) => {
			this.pending.push({ document, update, resolve });
			this.flushing ??= this.flushLoop();
		});
	}

	/** Resolves when everything appended so far is committed. */
	async flushed(): Promise<void> {
		while (this.flushing) await this.flushing;
	}

	get pendingCount() {
		return this.pending.length;
	}

	private async flushLoop() {
		let delay = 100;
		while (this.pending.length && !this.stopped) {
			const batch = this.pending.slice(0, MAX_BATCH);
			try {
				await this.insert(batch);
			} catch (err) {
				log.error({ err, rows: batch.length }, 'gemning af ændringer fejlede; prøver igen');
				await new Promise((r) => setTimeout(r, delay));
				delay = Math.min(delay * 2, 5000);
				continue;
			}
			delay = 100;
			this.pending.splice(0, batch.length);
			for (const p of batch) p.resolve();
		}
		this.flushing = null;
	}

	private async insert(batch: Pending[]) {
		if (this.notifyAs === null) {
			await this.db.insert(collabUpdates).values(batch.map((p) => ({ document: p.document, update: p.update })));
			return;
		}
		const client = clientOf(this.db)!;
		const rows = batch.map((p) => ({
			document: p.document,
			update: Buffer.from(p.update.buffer, p.update.byteOffset, p.update.byteLength)
		}));
		await client`
			with stored as (insert into collab_updates ${client(rows, 'document', 'update')} returning id, document)
			select pg_notify(${UPDATES_CHANNEL}, ${this.notifyAs} || ' ' || document || ' ' || id) from stored`;
	}

	/** The rows among `ids` that are still stored (compaction may have merged some into a snapshot), by id. */
	async rowsById(ids: number[]): Promise<{ id: number; document: string; update: Uint8Array }[]> {
		const rows: { id: number; document: string; update: Uint8Array }[] = [];
		for (let i = 0; i < ids.length; i += MAX_BATCH * 10) {
			rows.push(
				...(await this.db
					.select({ id: collabUpdates.id, document: collabUpdates.document, update: collabUpdates.update })
					.from(collabUpdates)
					.where(inArray(collabUpdates.id, ids.slice(i, i + MAX_BATCH * 10)))
					.orderBy(collabUpdates.id))
			);
		}
		return rows;
	}

	/** Stops retrying (shutdown after a failed final flush); pending appends stay unresolved. */
	stop() {
		this.stopped = true;
	}

	/** Snapshot and rows read in one repeatable-read transaction, so a compaction between the two reads cannot hide rows. */
	async load(document: string): Promise<StoredDocument> {
		return this.db.transaction(
			async (tx) => {
				const [snapshot] = await tx
					.select({ state: collabSnapshots.state })
					.from(collabSnapshots)
					.where(eq(collabSnapshots.document, document));
				const rows = await tx
					.select({ update: collabUpdates.update })
					.from(collabUpdates)
					.where(eq(collabUpdates.document, document))
					.orderBy(collabUpdates.id);
				return {
					updates: [...(snapshot ? [snapshot.state] : []), ...rows.map((r) => r.update)],
					updateRows: rows.length
				};
			},
			{ isolationLevel: 'repeatable read', accessMode: 'read only' }
		);
	}

	/**
	 * Writes the document's first content if nothing is stored for it yet: under a transaction-scoped advisory
	 * lock, with the emptiness checked inside the lock, so two processes or two first visitors never seed twice.
	 * `build` returns the content as one Yjs update, or null to store nothing.
	 */
	async seedIfEmpty(document: string, build: () => Promise<Uint8Array | null>): Promise<boolean> {
		if (!(await this.isEmpty(this.db, document))) return false;
		// Built before the transaction, not inside it: `build` reads through the connection pool, and transactions
		// holding every connection while their builds wait for one deadlock the pool (as many new documents opening
		// at once as the pool has connections). Two first visitors may both build; only one stores.
		const update = await build();
		if (!update) return false;
		return this.db.transaction(async (tx) => {
			await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${'collab:' + document}))`);
			if (!(await this.isEmpty(tx, document))) return false;
			await tx.insert(collabUpdates).values({ document, update });
			return true;
		});
	}

	private async isEmpty(db: Db, document: string): Promise<boolean> {
		const [{ n: snapshots }] = await db
			.select({ n: count() })
			.from(collabSnapshots)
			.where(eq(collabSnapshots.document, document));
		const [{ n: updates }] = await db
			.select({ n: count() })
			.from(collabUpdates)
			.where(eq(collabUpdates.document, document));
		return snapshots === 0 && updates === 0;
	}

	/**
	 * Merges the snapshot and the stored updates into a new snapshot and deletes exactly the rows merged, in one
	 * transaction. Rows appended meanwhile stay and are read after the snapshot.
	 */
	async compact(document: string): Promise<number> {
		return this.db.transaction(async (tx) => {
			await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${'collab:' + document}))`);
			const rows = await tx
				.select({ id: collabUpdates.id, update: collabUpdates.update })
				.from(collabUpdates)
				.where(eq(collabUpdates.document, document))
				.orderBy(collabUpdates.id);
			if (rows.length === 0) return 0;
			const [snapshot] = await tx
				.select({ state: collabSnapshots.state })
				.from(collabSnapshots)
				.where(eq(collabSnapshots.document, document));
			const state = Y.mergeUpdates([...(snapshot ? [snapshot.state] : []), ...rows.map((r) => r.update)]);
			await tx
				.insert(collabSnapshots)
				.values({ document, state })
				.onConflictDoUpdate({ target: collabSnapshots.document, set: { state, updatedAt: new Date() } });
			for (let i = 0; i < rows.length; i += MAX_BATCH) {
				await tx.delete(collabUpdates).where(
					inArray(
						collabUpdates.id,
						rows.slice(i, i + MAX_BATCH).map((r) => r.id)
					)
				);
			}
			return rows.length;
		});
	}
}

/** The postgres.js client under a drizzle database (a transaction has none). */
export function clientOf(db: Db): postgres.Sql | null {
	return (db as Db & { $client?: postgres.Sql }).$client ?? null;
}

/** A Y.Doc holding what is stored for `document`. */
export function docFromStored(stored: StoredDocument, doc = new Y.Doc()): Y.Doc {
	Y.transact(doc, () => {
		for (const update of stored.updates) Y.applyUpdate(doc, update);
	}, 'load');
	return doc;
}
