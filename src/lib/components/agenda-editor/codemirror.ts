// One CodeMirror 6 editor bound to one Y.Text of the agenda document (y-codemirror.next): remote cursors with
// names from the awareness state, undo of this field's own typing (Ctrl-Z inside the field), Markdown highlighting.
// Accessibility: the content element is labelled by the field's visible label and the item's heading; Tab is NOT
// bound (no indentWithTab), so Tab always leaves the field; read-only when the agenda is published.
import type * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import { Compartment, EditorState, type Extension } from '@codemirror/state';
import { EditorView, drawSelection, keymap } from '@codemirror/view';
import { defaultKeymap } from '@codemirror/commands';
import { LanguageSupport, defaultHighlightStyle, syntaxHighlighting } from '@codemirror/language';
// The language only: `markdown()` would also bundle HTML, CSS and JavaScript support for embedded code.
import { markdownKeymap, markdownLanguage } from '@codemirror/lang-markdown';
import { yCollab, yUndoManagerKeymap } from 'y-codemirror.next';

export interface FieldEditorOptions {
	parent: HTMLElement;
	ytext: Y.Text;
	awareness: Awareness;
	/** Ids of the elements that name the field (its label, then the item heading). */
	labelledBy: string;
	describedBy?: string;
	readOnly: boolean;
	/** A title or a name: Enter does not add a line, and no Markdown highlighting. */
	singleLine?: boolean;
	onFocus?: () => void;
}

export interface FieldEditor {
	view: EditorView;
	setReadOnly(readOnly: boolean): void;
	destroy(): void;
}

const editable = (readOnly: boolean): Extension => [EditorState.readOnly.of(readOnly), EditorView.editable.of(!readOnly)];

const theme = EditorView.theme({
	'&': { border: '1px solid #747474', borderRadius: '4px', backgroundColor: '#fff', fontSize: '1.6rem' },
	'&.cm-focused': { outline: '4px solid #0059b3', outlineOffset: '1px' },
	'.cm-content': { fontFamily: 'inherit', padding: '0.8rem 0.8rem', minHeight: '4.8rem' },
	'.cm-line': { padding: '0' },
	// The remote cursor's name label: dark colours (PRESENCE_COLORS) on which white text is readable.
	'.cm-ySelectionInfo': { fontFamily: 'inherit', fontSize: '1.2rem' }
});

const readOnlyTheme = EditorView.theme({ '&': { backgroundColor: '#f5f5f5' } });

export function createFieldEditor(options: FieldEditorOptions): FieldEditor {
	const readOnlyCompartment = new Compartment();
	const attributes: Record<string, string> = { 'aria-labelledby': options.labelledBy };
	if (options.describedBy) attributes['aria-describedby'] = options.describedBy;
	if (options.singleLine) attributes['aria-multiline'] = 'false';
	const extensions: Extension[] = [
		// Our undo first (this field's typing via Y.UndoManager), then CodeMirror's standard keys, none of which is Tab.
		keymap.of([...yUndoManagerKeymap, ...(options.singleLine ? [{ key: 'Enter', run: () => true }] : markdownKeymap), ...defaultKeymap]),
		drawSelection(),
		EditorView.lineWrapping,
		EditorView.contentAttributes.of(attributes),
		theme,
		readOnlyCompartment.of([editable(options.readOnly), options.readOnly ? readOnlyTheme : []]),
		yCollab(options.ytext, options.awareness),
		EditorView.domEventHandlers({
			focus: () => {
				options.onFocus?.();
				return false;
			}
		})
	];
	if (!options.singleLine) {
		extensions.push(new LanguageSupport(markdownLanguage), syntaxHighlighting(defaultHighlightStyle, { fallback: true }));
	}
	const view = new EditorView({
		parent: options.parent,
		state: EditorState.create({ doc: options.ytext.toString(), extensions })
	});
	return {
		view,
		setReadOnly(readOnly: boolean) {
			view.dispatch({
				effects: readOnlyCompartment.reconfigure([editable(readOnly), readOnly ? readOnlyTheme : []])
			});
		},
		destroy() {
			view.destroy();
		}
	};
}
