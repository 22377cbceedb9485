// A draft text section (Markdown, Danish) generated from the aggregate, for the agreement's draft or a steering-group
// agenda item: the response rate, the expected demand per target group, the planned openings and closings, and the
// five parts' free text with the municipality that wrote it. Always Danish: it goes into Danish documents.
import { formatDate } from '$lib/format/date';
import { m } from '$lib/paraglide/messages';
import type { SurveyAggregate, Attributed } from './aggregate';
import { partHeading } from './parts';
import { targetGroupLabel } from './target-groups';

const da = { locale: 'da' as const };

/** Free text on one line (a list item), without Markdown headings or HTML that could break the section. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

const attributed = (rows: Attributed[]) => rows.map((r) => `- **${oneLine(r.municipality)}**: ${oneLine(r.text)}`);

export function draftText(a: SurveyAggregate): string {
	const lines: string[] = [
		`## ${m.survey_draft_heading({ year: a.year }, da)}`,
		'',
		m.survey_draft_intro({ submitted: a.submitted, total: a.total, deadline: formatDate(a.deadline, 'da') }, da),
		''
	];
	if (a.submitted === 0) {
		lines.push(m.survey_draft_none({}, da));
		return lines.join('\n') + '\n';
	}
	lines.push(`### ${m.survey_draft_demand_heading({}, da)}`, '');
	for (const g of a.groups) {
		lines.push(
			`- **${targetGroupLabel(g.group, da)}**: ${m.survey_draft_demand_line(
				{ up: g.up, same: g.same, down: g.down, unanswered: g.unanswered, places: g.places, placesAnswered: g.placesAnswered },
				da
			)}`
		);
	}
	const rising = a.groups.filter((g) => g.up > 0 && g.up >= g.down).sort((x, y) => y.up - x.up);
	if (rising.length) {
		lines.push('', m.survey_draft_rising({ groups: rising.slice(0, 3).map((g) => targetGroupLabel(g.group, da).toLowerCase()).join(', ') }, da));
	}
	const plans = a.groups.filter((g) => g.opening.length || g.closing.length);
	if (plans.length) {
		lines.push('', `### ${m.survey_draft_plans_heading({}, da)}`);
		for (const g of plans) {
			lines.push('', `#### ${targetGroupLabel(g.group, da)}`, '');
			if (g.opening.length) lines.push(`${m.survey_draft_opening({}, da)}:`, '', ...attributed(g.opening), '');
			if (g.closing.length) lines.push(`${m.survey_draft_closing({}, da)}:`, '', ...attributed(g.closing), '');
		}
	}
	for (const p of a.parts) {
		if (!p.answers.length) continue;
		lines.push('', `### ${partHeading(p.part, da)}`, '', ...attributed(p.answers));
	}
	return lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}
