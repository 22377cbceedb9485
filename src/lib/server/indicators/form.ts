// The indicator form's input from a posted form, and the areas of effort to choose from.
import { asc } from 'drizzle-orm';
import { effortAreas } from '../db/schema';
import type { Db } from '../db/types';
import { inputFields, type IndicatorInput } from './definitions';

export function indicatorInputFrom(form: FormData): IndicatorInput {
	return Object.fromEntries(inputFields.map((f) => [f, String(form.get(f) ?? '')])) as unknown as IndicatorInput;
}

export async function effortAreaOptions(db: Db) {
	return (await db.select({ id: effortAreas.id, number: effortAreas.number, title: effortAreas.title }).from(effortAreas).orderBy(asc(effortAreas.number))).map(
		(a) => ({ id: a.id, label: `${a.number}. ${a.title}` })
	);
}
