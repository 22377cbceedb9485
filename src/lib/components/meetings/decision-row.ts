import type { DecisionKind } from '$lib/server/meetings/meetings';

/** What DecisionTable needs of a decision: where it was taken and its kind. */
export interface DecisionRow {
	id: number;
	kind: DecisionKind;
	meeting: { id: number; startsAt: Date };
	body: { name: string };
	item: { number: string; title: string };
}
