import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { appointments } from '../appointments/schema'
import { students } from '../students/schema'
import { users } from '../users/schema'

/** Instruments as data: each edit is a new version; a result keeps the version it was scored with. */
export const screeningInstruments = sqliteTable(
  'screening_instruments',
  {
    key: text('key').notNull(),
    version: integer('version').notNull(),
    /** The instrument definition (src/shared/contract/instruments.ts) as JSON. */
    definition: text('definition').notNull(),
    createdAt: text('created_at').notNull(),
    createdBy: text('created_by').references(() => users.id)
  },
  (t) => [primaryKey({ columns: [t.key, t.version] })]
)

/** A screening platform's export layout, saved by name so next year's import maps itself. */
export const screeningPlatforms = sqliteTable(
  'screening_platforms',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    /** The import mapping (contract importMapping) as JSON. */
    mapping: text('mapping').notNull(),
    updatedAt: text('updated_at').notNull(),
    updatedBy: text('updated_by').references(() => users.id)
  },
  (t) => [uniqueIndex('screening_platforms_name').on(t.name)]
)

/** A screening round (e.g. the autumn screening of the new intake): imports and flags belong to one. */
export const screeningRounds = sqliteTable('screening_rounds', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  /** Centre-local date results without their own date are recorded on. */
  date: text('date').notNull(),
  createdAt: text('created_at').notNull(),
  createdBy: text('created_by').references(() => users.id)
})

/** One imported file. Its fingerprint (SHA-256 of the bytes) makes importing it again do nothing. */
export const screeningImports = sqliteTable(
  'screening_imports',
  {
    id: text('id').primaryKey(),
    roundId: text('round_id')
      .notNull()
      .references(() => screeningRounds.id, { onDelete: 'restrict' }),
    fileName: text('file_name').notNull(),
    fingerprint: text('fingerprint').notNull(),
    rows: integer('rows').notNull(),
    imported: integer('imported').notNull(),
    skipped: integer('skipped').notNull(),
    platformId: text('platform_id').references(() => screeningPlatforms.id, { onDelete: 'set null' }),
    importedAt: text('imported_at').notNull(),
    importedBy: text('imported_by').references(() => users.id)
  },
  (t) => [uniqueIndex('screening_imports_fingerprint').on(t.fingerprint), index('screening_imports_round').on(t.roundId)]
)

/**
 * One student's result on one instrument: the answers as given and the scores they gave with
 * the instrument version of the day. Item answers are clinical data (audited on read).
 */
export const screeningResults = sqliteTable(
  'screening_results',
  {
    id: text('id').primaryKey(),
    studentId: text('student_id')
      .notNull()
      .references(() => students.id, { onDelete: 'restrict' }),
    instrumentKey: text('instrument_key').notNull(),
    instrumentVersion: integer('instrument_version').notNull(),
    source: text('source', { enum: ['import', 'app'] }).notNull(),
    /** Null when administered in the app outside a round. */
    roundId: text('round_id').references(() => screeningRounds.id, { onDelete: 'restrict' }),
    importId: text('import_id').references(() => screeningImports.id, { onDelete: 'restrict' }),
    takenOn: text('taken_on').notNull(),
    /** Item answers in item order, JSON (null for a 'levels' result). */
    answers: text('answers').notNull().default('[]'),
    /** Extra answers by key, JSON. */
    extras: text('extras').notNull().default('{}'),
    /** The level as the platform wrote it ('levels' instruments). */
    levelValue: text('level_value'),
    total: real('total'),
    positive: integer('positive'),
    /** Factor key → mean, JSON. */
    factors: text('factors').notNull().default('{}'),
    band: text('band'),
    level: text('level'),
    severity: integer('severity').notNull(),
    flagged: integer('flagged', { mode: 'boolean' }).notNull(),
    /** Key items hit, JSON array of item numbers. */
    keyHits: text('key_hits').notNull().default('[]'),
    alert: integer('alert', { mode: 'boolean' }).notNull().default(false),
    createdAt: text('created_at').notNull(),
    createdBy: text('created_by').references(() => users.id)
  },
  (t) => [
    index('screening_results_student').on(t.studentId, t.takenOn),
    index('screening_results_round').on(t.roundId, t.studentId, t.instrumentKey),
    index('screening_results_import').on(t.importId)
  ]
)

/**
 * A flagged student in a round: the second-stage interview (二次访谈) from flag to outcome.
 * Severity, key hit and rank are the round's results aggregated, kept for ordering the list.
 */
export const screeningFlags = sqliteTable(
  'screening_flags',
  {
    id: text('id').primaryKey(),
    roundId: text('round_id')
      .notNull()
      .references(() => screeningRounds.id, { onDelete: 'restrict' }),
    studentId: text('student_id')
      .notNull()
      .references(() => students.id, { onDelete: 'restrict' }),
    severity: integer('severity').notNull(),
    keyHit: integer('key_hit', { mode: 'boolean' }).notNull(),
    /** The highest total as a fraction of its instrument's maximum: orders students of equal severity. */
    rank: real('rank').notNull(),
    status: text('status', { enum: ['pending', 'booked', 'confirmed', 'false_alarm', 'refused'] }).notNull().default('pending'),
    appointmentId: text('appointment_id').references(() => appointments.id, { onDelete: 'set null' }),
    outcomeAt: text('outcome_at'),
    outcomeBy: text('outcome_by').references(() => users.id),
    outcomeNote: text('outcome_note').notNull().default(''),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull()
  },
  (t) => [
    uniqueIndex('screening_flags_round_student').on(t.roundId, t.studentId),
    index('screening_flags_order').on(t.roundId, t.keyHit, t.severity, t.rank),
    index('screening_flags_student').on(t.studentId)
  ]
)
