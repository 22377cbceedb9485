// Every answer of the API: JSON in UTF-8, open to any origin (OParl 1.1, "Cross-Origin Resource Sharing").
import type { OparlResult } from './api';

export const CORS_HEADERS = {
	'access-control-allow-origin': '*',
	'access-control-allow-methods': 'GET, OPTIONS',
	'access-control-allow-headers': 'Accept, Content-Type',
	'access-control-max-age': '86400'
};

export function oparlResponse(result: OparlResult): Response {
	return new Response(JSON.stringify(result.body), {
		status: result.status,
		headers: { 'content-type': 'application/json; charset=utf-8', ...CORS_HEADERS }
	});
}
