// The five parts of the survey, as the hovedbilag lists them ("Skemaet er opdelt i"), each with a Danish heading
// and the question that guides the municipality's free-text answer.
import type { SurveyPart } from '../db/schema/surveys';
import { partHeading, partQuestion } from '$lib/components/surveys/labels';

export type { SurveyPart };

export const SURVEY_PARTS: readonly SurveyPart[] = ['balance', 'plans', 'prevention', 'trends', 'changes'];

export const isSurveyPart = (key: string): key is SurveyPart => (SURVEY_PARTS as readonly string[]).includes(key);

export { partHeading, partQuestion };
