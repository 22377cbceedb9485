// Default meeting times per body, used to prefill the meeting form and by the planner. The steering group meets
// 9-12 and every second meeting is virtual (referat 12/8-2022: "næste møde 14/10, 9-12 Virtuelt"); the sources give
// K17's and KKR's dates only, so their meetings default to date only until the secretariat enters a time.

export interface BodyDefaults {
	/** Local start and end time ("09:00"), or null for a date-only meeting. */
	start: string | null;
	end: string | null;
	/** Suggest every second meeting as virtual. */
	alternateVirtual: boolean;
}

const DATE_ONLY: BodyDefaults = { start: null, end: null, alternateVirtual: false };

const DEFAULTS: Record<string, BodyDefaults> = {
	styregruppen: { start: '09:00', end: '12:00', alternateVirtual: true }
};

export function bodyDefaults(bodySlug: string): BodyDefaults {
	return DEFAULTS[bodySlug] ?? DATE_ONLY;
}
