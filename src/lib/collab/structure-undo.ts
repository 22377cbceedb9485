// Undo for the agenda's structure in the editor: adding, deleting, moving and changing items, decisions, links and
// attachments, by this client only. Text typed in a field has its own undo inside its CodeMirror editor
// (y-codemirror's per-field Y.UndoManager), so this one tracks only changes made with `STRUCTURE` as origin.
import * as Y from 'yjs';
import { itemsOf } from './agenda/model';

/** The transaction origin the editor passes to every structural op. */
export const STRUCTURE = Symbol('agenda-structure');

export function createStructureUndo(doc: Y.Doc): Y.UndoManager {
	// captureTimeout 0: every click (a delete, a move) is its own undo step.
	return new Y.UndoManager(itemsOf(doc), { trackedOrigins: new Set([STRUCTURE]), captureTimeout: 0 });
}
