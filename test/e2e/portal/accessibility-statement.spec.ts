// The accessibility statement says where to write (ACCESSIBILITY_CONTACT), when the portal was last checked
// automatically, and honestly what is known to fall short or has not been tested.
import { test, expect } from '@playwright/test';
import { expectAccessible } from '../helpers/axe';

test('the accessibility statement gives a contact, the date of the last automated check and the known gaps', async ({
	page
}) => {
	await page.goto('/');
	await page.getByRole('link', { name: 'Tilgængelighedserklæring' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tilgængelighedserklæring');
	const main = page.locator('main');

	// Contact: the default address, as a mail link.
	const contact = main.getByRole('link', { name: 'sekretariat@rammeaftale.example' });
	await expect(contact).toHaveAttribute('href', 'mailto:sekretariat@rammeaftale.example');

	// The last automated check, as a date a machine can read too.
	const checked = main.locator('p', { hasText: 'Senest kontrolleret automatisk' }).locator('time');
	await expect(checked).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
	await expect(checked).toHaveText(/^\d{1,2}\. [a-zæøå]+ \d{4}$/);

	// No claim of having no deviations; the gaps and what is untested are listed.
	await expect(main).not.toContainText('Vi kender ikke til afvigelser');
	await expect(main).toContainText('overholder delvist');
	const gaps = main.locator('h2', { hasText: 'Kendte mangler' }).locator('xpath=following-sibling::ul[1]');
	await expect(gaps.getByRole('listitem')).toHaveCount(7);
	await expect(gaps).toContainText('let-læst resumé');
	await expect(gaps).toContainText('skærmlæsere');
	await expect(gaps).toContainText('PDF-filer');
	await expect(gaps).toContainText('kun på dansk');
	await expectAccessible(page);
});
