// A posted offer form as the domain reads it (the same for creating and editing).
import type { OfferInput } from './edit';

export function offerInputFrom(form: FormData): OfferInput {
	const text = (name: string) => String(form.get(name) ?? '');
	return {
		name: text('name'),
		operatorId: text('operatorId'),
		operatorNote: text('operatorNote'),
		targetGroup: text('targetGroup'),
		legalBasis: form.getAll('legalBasis').map(String),
		otherLegalBasis: text('otherLegalBasis'),
		places: text('places'),
		occupancyPercent: text('occupancyPercent'),
		category: text('category'),
		coverage: text('coverage'),
		status: text('status'),
		mostSpecialised: form.get('mostSpecialised') === 'on',
		secureUnit: form.get('secureUnit') === 'on',
		specialEducationAnnex: form.get('specialEducationAnnex') === 'on',
		contact: text('contact'),
		description: text('description'),
		buyers: form.getAll('buyers').map(String),
		decisionId: text('decisionId'),
		effectiveOn: text('effectiveOn'),
		note: text('note'),
		version: text('version')
	};
}
