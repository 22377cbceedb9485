// Data the editor page passes to the editor (from its server load).
import type { LinkType } from '$lib/collab/agenda/model';
import type { NewItem } from '$lib/collab/agenda/ops';

export interface PickerOption {
	id: number;
	label: string;
}

export interface EditorData {
	meetingId: number;
	me: { id: number; name: string };
	phase: 'draft' | 'sent' | 'minutes' | 'minutes_approved' | 'published';
	links: Record<LinkType, PickerOption[]>;
	cases: PickerOption[];
	frame: NewItem[];
}

export type { ShownStatus } from '$lib/collab/connection.svelte';
