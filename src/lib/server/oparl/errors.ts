// The API's errors: always JSON with a Danish message, never an HTML page (OParl 1.1, "Ausnahmebehandlung").
import { m } from '$lib/paraglide/messages';

export class OparlError extends Error {
	constructor(
		readonly status: 400 | 404,
		message: string
	) {
		super(message);
	}
}

export const notFound = () => new OparlError(404, m.oparl_error_not_found());
export const closedItem = () => new OparlError(404, m.oparl_error_closed_item());
export const badRequest = (message: string) => new OparlError(400, message);
