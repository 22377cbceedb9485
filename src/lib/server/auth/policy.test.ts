import { describe, it, expect } from 'vitest';
import { can } from './policy';
import type { SessionUser, Role } from './session';

const user = (role: Role, bodyIds: number[] = []): SessionUser => ({
	id: 1,
	email: 'x@example.dk',
	name: 'X',
	role,
	municipalityId: null,
	bodyIds
});

describe('policy', () => {
	it('lets only the secretariat and admins open a live agenda document; members of the body read sent versions', () => {
		expect(can(user('secretariat'), 'agenda.edit', { bodyId: 7 })).toBe(true);
		expect(can(user('admin'), 'agenda.edit', { bodyId: 7 })).toBe(true);
		expect(can(user('member', [7]), 'agenda.edit', { bodyId: 7 })).toBe(false);
		expect(can(null, 'agenda.edit', { bodyId: 7 })).toBe(false);
		expect(can(user('member', [7]), 'agenda.readSent', { bodyId: 7 })).toBe(true);
		expect(can(user('member', [8]), 'agenda.readSent', { bodyId: 7 })).toBe(false);
		expect(can(user('network_lead', [7]), 'agenda.readSent', { bodyId: 7 })).toBe(false);
		expect(can(user('secretariat'), 'agenda.readSent', { bodyId: 7 })).toBe(true);
		expect(can(null, 'agenda.readSent', { bodyId: 7 })).toBe(false);
	});

	it('lets only the secretariat and admins manage the calendar', () => {
		expect(can(user('secretariat'), 'calendar.manage')).toBe(true);
		expect(can(user('admin'), 'calendar.manage')).toBe(true);
		for (const role of ['member', 'network_lead', 'municipal_contact'] as const)
			expect(can(user(role, [7]), 'calendar.manage', { bodyId: 7 })).toBe(false);
		expect(can(null, 'calendar.manage')).toBe(false);
	});

	it('lets only the secretariat and admins correct decisions, manage follow-up, edit offers and tariff rules', () => {
		for (const action of ['decision.correct', 'decision.summarize', 'followUp.manage', 'offer.edit', 'tariffRule.edit'] as const) {
			expect(can(user('secretariat'), action)).toBe(true);
			expect(can(user('admin'), action)).toBe(true);
			for (const role of ['member', 'network_lead', 'municipal_contact'] as const)
				expect(can(user(role, [7]), action, { bodyId: 7 })).toBe(false);
			expect(can(null, action)).toBe(false);
		}
	});

	it('lets owners update their own follow-up actions: the person, or a contact of the owning municipality', () => {
		expect(can(user('member'), 'followUp.readOwn')).toBe(true);
		expect(can(null, 'followUp.readOwn')).toBe(false);
		expect(can(user('member'), 'followUp.update', { ownerUserId: 1 })).toBe(true);
		expect(can(user('member'), 'followUp.update', { ownerUserId: 2 })).toBe(false);
		const contact = { ...user('municipal_contact'), municipalityId: 5 };
		expect(can(contact, 'followUp.update', { ownerMunicipalityId: 5 })).toBe(true);
		expect(can(contact, 'followUp.update', { ownerMunicipalityId: 6 })).toBe(false);
		expect(can({ ...user('member'), municipalityId: 5 }, 'followUp.update', { ownerMunicipalityId: 5 })).toBe(false);
		expect(can(user('secretariat'), 'followUp.update', { ownerUserId: 9 })).toBe(true);
		expect(can(null, 'followUp.update', { ownerUserId: 1 })).toBe(false);
	});

	it('lets leads and members draft only the reports of their group and year; staff manage reports and the survey', () => {
		for (const role of ['network_lead', 'member'] as const) {
			expect(can(user(role), 'report.list')).toBe(true);
			expect(can(user(role), 'report.edit', { memberInPeriod: true })).toBe(true);
			expect(can(user(role), 'report.edit', { memberInPeriod: false })).toBe(false);
			expect(can(user(role), 'report.edit')).toBe(false);
			expect(can(user(role), 'report.manage')).toBe(false);
		}
		expect(can(user('municipal_contact'), 'report.list')).toBe(false);
		expect(can(user('municipal_contact'), 'report.edit', { memberInPeriod: true })).toBe(false);
		expect(can(null, 'report.edit', { memberInPeriod: true })).toBe(false);
		for (const role of ['secretariat', 'admin'] as const) {
			expect(can(user(role), 'report.edit')).toBe(true);
			expect(can(user(role), 'report.manage')).toBe(true);
			expect(can(user(role), 'survey.manage')).toBe(true);
		}
	});

	it('lets a municipal contact answer the survey for their own municipality only', () => {
		const contact = { ...user('municipal_contact'), municipalityId: 5 };
		expect(can(contact, 'survey.answer', { municipalityId: 5 })).toBe(true);
		expect(can(contact, 'survey.answer', { municipalityId: 6 })).toBe(false);
		expect(can(contact, 'survey.answer')).toBe(false);
		expect(can({ ...user('secretariat'), municipalityId: 5 }, 'survey.answer', { municipalityId: 5 })).toBe(false);
		expect(can(contact, 'survey.manage')).toBe(false);
	});

	it('keeps the implementation plan to staff and lets a contact report indicators for their own municipality only', () => {
		for (const role of ['secretariat', 'admin'] as const) expect(can(user(role), 'plan.manage')).toBe(true);
		for (const role of ['member', 'network_lead', 'municipal_contact'] as const) expect(can(user(role), 'plan.manage')).toBe(false);
		const contact = { ...user('municipal_contact'), municipalityId: 5 };
		expect(can(contact, 'indicator.report', { municipalityId: 5 })).toBe(true);
		expect(can(contact, 'indicator.report', { municipalityId: 6 })).toBe(false);
		expect(can({ ...user('secretariat'), municipalityId: 5 }, 'indicator.report', { municipalityId: 5 })).toBe(false);
		expect(can(null, 'indicator.report', { municipalityId: 5 })).toBe(false);
	});

	it('lets anyone read the portal and sign in, nothing more', () => {
		expect(can(null, 'portal.read')).toBe(true);
		expect(can(null, 'auth.signIn')).toBe(true);
		expect(can(null, 'agendaItem.readClosed', { bodyId: 1 })).toBe(false);
		expect(can(null, 'meeting.readUnpublished')).toBe(false);
		expect(can(null, 'account.manage')).toBe(false);
		expect(can(null, 'admin.users')).toBe(false);
	});

	it('shows closed items to the secretariat, admins and members of that body only', () => {
		expect(can(user('secretariat'), 'agendaItem.readClosed', { bodyId: 7 })).toBe(true);
		expect(can(user('admin'), 'agendaItem.readClosed', { bodyId: 7 })).toBe(true);
		expect(can(user('member', [7]), 'agendaItem.readClosed', { bodyId: 7 })).toBe(true);
		expect(can(user('member', [8]), 'agendaItem.readClosed', { bodyId: 7 })).toBe(false);
		expect(can(user('member', [7]), 'agendaItem.readClosed')).toBe(false);
		expect(can(user('network_lead', [7]), 'agendaItem.readClosed', { bodyId: 7 })).toBe(false);
		expect(can(user('municipal_contact'), 'agendaItem.readClosed', { bodyId: 7 })).toBe(false);
	});

	it('shows unpublished meetings to staff, and to members and network-group leads of that body only', () => {
		expect(can(user('secretariat'), 'meeting.readUnpublished', { bodyId: 7 })).toBe(true);
		expect(can(user('admin'), 'meeting.readUnpublished', { bodyId: 7 })).toBe(true);
		expect(can(user('secretariat'), 'meeting.readUnpublished')).toBe(true);
		expect(can(user('member', [7]), 'meeting.readUnpublished', { bodyId: 7 })).toBe(true);
		expect(can(user('network_lead', [12]), 'meeting.readUnpublished', { bodyId: 12 })).toBe(true);
		// A steering-group member (body 7) may not open a non-public KKR meeting (body 9).
		expect(can(user('member', [7]), 'meeting.readUnpublished', { bodyId: 9 })).toBe(false);
		expect(can(user('network_lead', [12]), 'meeting.readUnpublished', { bodyId: 7 })).toBe(false);
		// Without a body the question is "every body": staff only.
		expect(can(user('member', [7]), 'meeting.readUnpublished')).toBe(false);
		expect(can(user('network_lead', [12]), 'meeting.readUnpublished')).toBe(false);
		expect(can(user('municipal_contact', [7]), 'meeting.readUnpublished', { bodyId: 7 })).toBe(false);
		expect(can(null, 'meeting.readUnpublished', { bodyId: 7 })).toBe(false);
	});

	it('keeps user administration to admins', () => {
		expect(can(user('admin'), 'admin.users')).toBe(true);
		for (const role of ['secretariat', 'member', 'network_lead', 'municipal_contact'] as const) {
			expect(can(user(role), 'admin.users')).toBe(false);
		}
	});
});
