import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { rooms } from '../settings/schema'
import { students } from '../students/schema'
import { users } from '../users/schema'

/** A counsellor's weekly hours: weekday 1 (Monday) … 7 (Sunday), `HH:mm` on the centre's clock. */
export const availabilitySlots = sqliteTable(
  'availability_slots',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    weekday: integer('weekday').notNull(),
    start: text('start').notNull(),
    end: text('end').notNull(),
    roomId: text('room_id').references(() => rooms.id, { onDelete: 'restrict' }),
    site: text('site').notNull().default(''),
    createdAt: text('created_at').notNull()
  },
  (t) => [index('availability_user').on(t.userId, t.weekday)]
)

/** Leave, training days: no bookings for the counsellor between these centre dates (inclusive). */
export const availabilityExceptions = sqliteTable(
  'availability_exceptions',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    fromDate: text('from_date').notNull(),
    toDate: text('to_date').notNull(),
    kind: text('kind', { enum: ['leave', 'training', 'other'] }).notNull(),
    note: text('note').notNull().default(''),
    createdAt: text('created_at').notNull()
  },
  (t) => [index('availability_exceptions_user').on(t.userId, t.fromDate)]
)

/** A weekly series: its appointments carry its id and their position in it. */
export const appointmentSeries = sqliteTable('appointment_series', {
  id: text('id').primaryKey(),
  createdAt: text('created_at').notNull(),
  createdBy: text('created_by').references(() => users.id)
})

/** Times are UTC instants; the calendar shows them on the centre's clock. */
export const appointments = sqliteTable(
  'appointments',
  {
    id: text('id').primaryKey(),
    kind: text('kind', { enum: ['intake', 'counselling', 'follow_up', 'crisis', 'group', 'open_day', 'remote'] }).notNull(),
    status: text('status', { enum: ['booked', 'attended', 'cancelled'] }).notNull().default('booked'),
    studentId: text('student_id').references(() => students.id, { onDelete: 'restrict' }),
    counsellorId: text('counsellor_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    roomId: text('room_id').references(() => rooms.id, { onDelete: 'restrict' }),
    startAt: text('start_at').notNull(),
    endAt: text('end_at').notNull(),
    seriesId: text('series_id').references(() => appointmentSeries.id, { onDelete: 'restrict' }),
    seriesIndex: integer('series_index'),
    capacity: integer('capacity'),
    cancelReason: text('cancel_reason', { enum: ['student', 'centre', 'no_show'] }),
    cancelNote: text('cancel_note').notNull().default(''),
    cancelledAt: text('cancelled_at'),
    attendedAt: text('attended_at'),
    outsideAvailabilityReason: text('outside_availability_reason'),
    createdBy: text('created_by').references(() => users.id),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull()
  },
  (t) => [
    index('appointments_counsellor').on(t.counsellorId, t.startAt),
    index('appointments_room').on(t.roomId, t.startAt),
    index('appointments_student').on(t.studentId, t.startAt),
    index('appointments_start').on(t.startAt),
    index('appointments_series').on(t.seriesId, t.seriesIndex)
  ]
)

/** Group and open-day participants: roster students, or anonymous visitors who are only counted. */
export const appointmentParticipants = sqliteTable(
  'appointment_participants',
  {
    id: text('id').primaryKey(),
    appointmentId: text('appointment_id')
      .notNull()
      .references(() => appointments.id, { onDelete: 'restrict' }),
    studentId: text('student_id').references(() => students.id, { onDelete: 'restrict' }),
    anonymousCount: integer('anonymous_count').notNull().default(0),
    createdAt: text('created_at').notNull()
  },
  (t) => [index('participants_appointment').on(t.appointmentId), index('participants_student').on(t.studentId)]
)

/** Students waiting for a first appointment; closed when booked or withdrawn, never deleted. */
export const waitlist = sqliteTable(
  'waitlist',
  {
    id: text('id').primaryKey(),
    studentId: text('student_id')
      .notNull()
      .references(() => students.id, { onDelete: 'restrict' }),
    urgency: text('urgency', { enum: ['routine', 'soon', 'urgent'] }).notNull(),
    note: text('note').notNull().default(''),
    addedAt: text('added_at').notNull(),
    addedBy: text('added_by').references(() => users.id),
    closedAt: text('closed_at'),
    closedReason: text('closed_reason', { enum: ['booked', 'withdrawn', 'booked_elsewhere'] }),
    appointmentId: text('appointment_id').references(() => appointments.id, { onDelete: 'restrict' })
  },
  (t) => [index('waitlist_open').on(t.closedAt, t.addedAt), index('waitlist_student').on(t.studentId)]
)
