// The HTTP answers of the calendar feeds: the .ics file, or a short text/plain 404 a calendar program can show.
import type { Feed } from './feeds';

/** Public feeds are the same for everyone: shared caches may keep them a while. */
export const PUBLIC_FEED_CACHE = 'public, max-age=900';
/** A personal feed is addressed by its secret: no cache keeps it. */
export const PERSONAL_FEED_CACHE = 'private, no-store';

export function icsResponse(feed: Feed, cacheControl: string): Response {
	return new Response(feed.ics, {
		headers: {
			'Content-Type': 'text/calendar; charset=utf-8',
			'Content-Disposition': `inline; filename="${feed.fileName.replace(/[^A-Za-z0-9._-]/g, '_')}"`,
			'Cache-Control': cacheControl
		}
	});
}

export function feedNotFound(message: string, cacheControl = 'no-store'): Response {
	return new Response(`${message}\n`, {
		status: 404,
		headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': cacheControl }
	});
}
