// The agenda editor (/moeder/<id>/dagsorden): items as regions named by their heading ("Punkt 2: Evt."), each
// text field a CodeMirror editor with the role textbox, named by its label and the item's heading.
import { expect, type Locator, type Page } from '@playwright/test';

export class AgendaEditorPage {
	constructor(readonly page: Page) {}

	async goto(meetingId: number) {
		await this.page.goto(`/moeder/${meetingId}/dagsorden`);
		await expect(this.status).toHaveText(/Gemt/);
	}

	get status(): Locator {
		return this.page.locator('.save-status');
	}

	/** The item whose heading starts "Punkt <number>:". */
	item(number: string): Locator {
		return this.page.getByRole('region', { name: new RegExp(`^Punkt ${number}:`) });
	}

	/** A text field of an item by its label ("Titel", "Beslutningstema", …). */
	field(number: string, label: string): Locator {
		return this.item(number).getByRole('textbox', { name: new RegExp(`^${label} Punkt ${number}:`) });
	}

	/** A field's text as typed: lines joined by newlines, without the remote cursors' name labels. */
	static text(field: Locator): Promise<string> {
		return field.evaluate((el) => {
			const copy = el.cloneNode(true) as HTMLElement;
			copy.querySelectorAll('.cm-ySelectionCaret').forEach((caret) => caret.remove());
			return [...copy.querySelectorAll('.cm-line')].map((line) => (line.textContent ?? '').replace(/\u2060/g, '')).join('\n');
		});
	}

	/** Waits until the field's text (see `text`) is `expected`, or matches it. */
	static async expectText(field: Locator, expected: string | RegExp) {
		const poll = expect.poll(() => AgendaEditorPage.text(field));
		if (typeof expected === 'string') await poll.toBe(expected);
		else await poll.toMatch(expected);
	}

	headings(): Promise<string[]> {
		return this.page.locator('.agenda-item h2').allInnerTexts();
	}

	presence(): Locator {
		return this.page.getByRole('region', { name: 'Hvem er her' });
	}
}
