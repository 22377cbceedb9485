// The survey's aggregate: per target group across the 17 municipalities how many expect demand to go up, stay the
// same or go down (and how many did not say), the places they expect to buy, and the offers they plan to open or
// close; the five parts' free text grouped by part, each with its municipality. Only SUBMITTED answers count.
import { and, asc, eq } from 'drizzle-orm';
import { municipalities, surveyAnswers } from '../db/schema';
import type { Db } from '../db/types';
import { SURVEY_PARTS, type SurveyPart } from './parts';
import type { Survey } from './surveys';

export interface Attributed {
	municipality: string;
	text: string;
}

export interface GroupAggregate {
	group: string;
	up: number;
	same: number;
	down: number;
	/** Municipalities (of all 17) that gave no expectation for the group, submitted or not. */
	unanswered: number;
	/** Sum of the places the municipalities expect to buy. */
	places: number;
	/** How many municipalities gave a number of places. */
	placesAnswered: number;
	opening: Attributed[];
	closing: Attributed[];
}

export interface SurveyAggregate {
	year: number;
	deadline: string;
	/** The municipalities asked (17). */
	total: number;
	submitted: number;
	groups: GroupAggregate[];
	parts: { part: SurveyPart; answers: Attributed[] }[];
}

export async function aggregate(db: Db, survey: Pick<Survey, 'id' | 'year' | 'deadline' | 'targetGroups'>): Promise<SurveyAggregate> {
	const [answers, towns] = await Promise.all([
		db
			.select({ municipality: municipalities.name, answers: surveyAnswers.answers })
			.from(surveyAnswers)
			.innerJoin(municipalities, eq(municipalities.id, surveyAnswers.municipalityId))
			.where(and(eq(surveyAnswers.surveyId, survey.id), eq(surveyAnswers.status, 'submitted'), eq(municipalities.kind, 'kommune')))
			.orderBy(asc(municipalities.name)),
		db.select({ id: municipalities.id }).from(municipalities).where(eq(municipalities.kind, 'kommune'))
	]);
	const total = towns.length;
	const groups = survey.targetGroups.map((group): GroupAggregate => {
		const g: GroupAggregate = { group, up: 0, same: 0, down: 0, unanswered: 0, places: 0, placesAnswered: 0, opening: [], closing: [] };
		for (const { municipality, answers: a } of answers) {
			const answer = a.groups?.[group];
			if (!answer) continue;
			if (answer.demand === 'up' || answer.demand === 'same' || answer.demand === 'down') g[answer.demand]++;
			if (typeof answer.places === 'number') {
				g.places += answer.places;
				g.placesAnswered++;
			}
			if (answer.opening?.trim()) g.opening.push({ municipality, text: answer.opening.trim() });
			if (answer.closing?.trim()) g.closing.push({ municipality, text: answer.closing.trim() });
		}
		g.unanswered = total - g.up - g.same - g.down;
		return g;
	});
	const parts = SURVEY_PARTS.map((part) => ({
		part,
		answers: answers.flatMap(({ municipality, answers: a }) => {
			const text = a.parts?.[part]?.trim();
			return text ? [{ municipality, text }] : [];
		})
	}));
	return { year: survey.year, deadline: survey.deadline, total, submitted: answers.length, groups, parts };
}
