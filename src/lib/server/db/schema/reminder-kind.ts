import { pgEnum } from 'drizzle-orm/pg-core';

/**
 * The two e-mail reminders of anything with a due date (a follow-up action, an annual report, a survey answer): some
 * days before the date, and once it is overdue. Its own file, so the schemas that use it need not import each other.
 */
export const reminderKind = pgEnum('reminder_kind', ['before', 'overdue']);
