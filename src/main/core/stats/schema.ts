import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { users } from '../users/schema'

/**
 * The centre's own work (trainings, lectures, publicity posts, themed events such as 5·25 and
 * 10·10), logged so the monthly report can count it. Taking one out sets `removed_at` with a
 * reason; the row stays, so nothing once entered is lost.
 */
export const centreActivities = sqliteTable(
  'centre_activities',
  {
    id: text('id').primaryKey(),
    kind: text('kind', { enum: ['training', 'lecture', 'publicity', 'event', 'other'] }).notNull(),
    title: text('title').notNull(),
    /** Centre date. */
    date: text('date').notNull(),
    participants: integer('participants'),
    channel: text('channel', { enum: ['wechat', 'website', 'poster', 'broadcast', 'other'] }),
    theme: text('theme', { enum: ['day525', 'day1010', 'other'] }),
    notes: text('notes').notNull().default(''),
    createdBy: text('created_by').references(() => users.id),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    removedAt: text('removed_at'),
    removedBy: text('removed_by').references(() => users.id),
    removedReason: text('removed_reason')
  },
  (t) => [index('centre_activities_date').on(t.date, t.kind)]
)
