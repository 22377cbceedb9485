// The standard frame of a new agenda, as the steering group's agendas run (12/8-2022): 0 presentation of new
// members, 1 approval of the agenda, the items of the meeting, then "Evt." and the next meeting. The texts are
// the agenda's own Danish content, not interface strings.
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { da } from 'date-fns/locale';
import type { NewItem } from '$lib/collab/agenda/ops';

const ZONE = 'Europe/Copenhagen';

export function standardFrame(next: { startsAt: Date; timeKnown: boolean } | null): NewItem[] {
	const nextText = next
		? `Næste møde er ${format(new TZDate(next.startsAt, ZONE), next.timeKnown ? "EEEE 'den' d. MMMM yyyy 'kl.' HH.mm" : "EEEE 'den' d. MMMM yyyy", { locale: da })}.`
		: 'Næste møde er endnu ikke fastsat i kalenderen.';
	return [
		{ title: 'Præsentation af nye medlemmer', kind: 'formal' },
		{
			title: 'Godkendelse af dagsorden',
			kind: 'formal',
			fields: { indstilling: 'Det indstilles:\n\n- at dagsordenen godkendes.' }
		},
		{ title: 'Evt.', kind: 'other' },
		{ title: 'Næste møde', kind: 'orientation', fields: { beslutningstema: nextText } }
	];
}
