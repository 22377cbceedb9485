// The target groups the survey asks about by default: the ones the rammeaftale 2021-22 hovedbilag names in its
// account of the yearly survey ("Balance og sammenhæng mellem udbud og efterspørgsel"), children/young people and
// adults. The keys are stored in `surveys.targetGroups` when a survey is opened; the labels come from messages/.
import { isKnownTargetGroup, targetGroupLabel } from '$lib/components/surveys/labels';

export type TargetArea = 'children' | 'adults';

export interface TargetGroup {
	key: string;
	area: TargetArea;
}

export const DEFAULT_TARGET_GROUPS: readonly TargetGroup[] = [
	{ key: 'children-psychiatric', area: 'children' },
	{ key: 'children-substance', area: 'children' },
	{ key: 'children-developmental', area: 'children' },
	{ key: 'children-multiple-rare', area: 'children' },
	{ key: 'adults-homelessness', area: 'adults' },
	{ key: 'adults-violence', area: 'adults' },
	{ key: 'adults-social-dual', area: 'adults' },
	{ key: 'adults-brain-injury', area: 'adults' },
	{ key: 'adults-psychiatric', area: 'adults' },
	{ key: 'adults-intellectual', area: 'adults' },
	{ key: 'adults-physical', area: 'adults' }
];

export const DEFAULT_TARGET_GROUP_KEYS: readonly string[] = DEFAULT_TARGET_GROUPS.map((g) => g.key);

/** Whether a key names one of the target groups the product knows. */
export const isTargetGroup = isKnownTargetGroup;

export { targetGroupLabel };
