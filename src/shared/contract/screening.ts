import { z } from 'zod'
import { id, isoInstant, localDate, optionalText, requiredText } from '../validation'
import { defineChannels } from './define'
import { instrumentDefinition, scoreDto } from './instruments'
import { RISK_FACTORS, tier } from './watchEnums'

export * from './instruments'

const instrumentKey = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, { message: 'validation.key' })
const column = z.number().int().min(0).max(1000)

export const INTERVIEW_STATUSES = ['pending', 'booked', 'confirmed', 'false_alarm', 'refused'] as const
export type InterviewStatus = (typeof INTERVIEW_STATUSES)[number]
export const INTERVIEW_OUTCOMES = ['confirmed', 'false_alarm', 'refused'] as const

export const instrumentDto = z.object({
  key: z.string(),
  version: z.number().int(),
  definition: instrumentDefinition,
  /** One of the instruments the app ships (its key cannot be removed). */
  shipped: z.boolean()
})
export type InstrumentDto = z.infer<typeof instrumentDto>

/**
 * Which column of the platform's export holds what (0-based). Per instrument: the item columns
 * in item order, or the one column holding the level; extra answers by key.
 */
export const importMapping = z
  .object({
    studentNo: column,
    /** The date each student took the screening; without it, the round's date. */
    takenOn: column.nullable(),
    instruments: z
      .array(
        z
          .object({
            key: instrumentKey,
            items: z.array(column).max(200).optional(),
            level: column.optional(),
            extras: z.record(z.string(), column).default({})
          })
          .strict()
      )
      .min(1, { message: 'validation.required' })
      .max(6)
  })
  .strict()
export type ImportMapping = z.infer<typeof importMapping>

export const platformDto = z.object({ id: z.string(), name: z.string(), mapping: importMapping, updatedAt: z.string() })
export type PlatformDto = z.infer<typeof platformDto>

export const roundDto = z.object({
  id: z.string(),
  name: z.string(),
  /** The date results without their own date are recorded on. */
  date: z.string(),
  createdAt: z.string(),
  imports: z.number().int(),
  screened: z.number().int(),
  flagged: z.number().int(),
  /** Flagged students whose interview outcome is not yet recorded (visible to the caller). */
  awaitingOutcome: z.number().int()
})
export type RoundDto = z.infer<typeof roundDto>

export const importDto = z.object({
  id: z.string(),
  fileName: z.string(),
  rows: z.number().int(),
  imported: z.number().int(),
  skipped: z.number().int(),
  importedAt: z.string(),
  importedByName: z.string().nullable()
})

export const importIssue = z.object({
  /** The row as the spreadsheet numbers it (the header is row 1). */
  row: z.number().int(),
  /** The column's header, or '' for the whole row. */
  column: z.string(),
  messageKey: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional()
})
export type ScreeningImportIssue = z.infer<typeof importIssue>

const importFile = {
  roundId: id,
  fileName: requiredText(200),
  /** The export as uploaded, base64: CSV (UTF-8 or GBK) or XLSX. At most ~30 MB. */
  contentBase64: z.string().min(1, { message: 'validation.required' }).max(40_000_000, { message: 'validation.fileTooLarge' }),
  /** The instruments the file holds; used to guess the mapping when none is given. */
  instrumentKeys: z.array(instrumentKey).min(1, { message: 'validation.required' }).max(6),
  /** A saved platform mapping to start from. */
  platformId: id.optional(),
  mapping: importMapping.optional()
}

/** One result as the student file's trend chart and list show it. */
export const resultDto = z.object({
  id: z.string(),
  studentId: z.string(),
  instrumentKey: z.string(),
  instrumentVersion: z.number().int(),
  takenOn: z.string(),
  source: z.enum(['import', 'app']),
  roundId: z.string().nullable(),
  roundName: z.string().nullable(),
  score: scoreDto
})
export type ResultDto = z.infer<typeof resultDto>

export const flagRowDto = z.object({
  id: z.string(),
  roundId: z.string(),
  studentId: z.string(),
  studentNo: z.string(),
  name: z.string(),
  collegeName: z.string().nullable(),
  className: z.string().nullable(),
  severity: z.number().int(),
  keyHit: z.boolean(),
  /** The round's flagged results of this student: instrument, level, total. */
  results: z.array(z.object({ resultId: z.string(), instrumentKey: z.string(), level: z.string().nullable(), total: z.number().nullable(), keyHits: z.array(z.number().int()) })),
  status: z.enum(INTERVIEW_STATUSES),
  appointment: z.object({ id: z.string(), start: z.string(), counsellorName: z.string().nullable(), status: z.string() }).nullable(),
  outcomeAt: z.string().nullable(),
  outcomeByName: z.string().nullable(),
  outcomeNote: z.string(),
  /** The student's watch-list tier now (null: not on the list). */
  tier: tier.nullable()
})
export type FlagRowDto = z.infer<typeof flagRowDto>

/** One class of one college in a round: the heat map cell and the coverage row. */
export const classCellDto = z.object({
  collegeId: z.string().nullable(),
  collegeName: z.string().nullable(),
  classId: z.string().nullable(),
  className: z.string().nullable(),
  /** Students enrolled now. */
  enrolled: z.number().int(),
  /** Students with at least one result in the round. */
  screened: z.number().int(),
  flagged: z.number().int()
})
export type ClassCellDto = z.infer<typeof classCellDto>

export const screeningChannels = defineChannels({
  'screening.instruments.list': { input: z.object({}).strict(), output: z.array(instrumentDto) },
  /** Saves a new version (or a new instrument); results keep the version they were scored with. */
  'screening.instruments.save': { input: z.object({ definition: instrumentDefinition }).strict(), output: instrumentDto },
  'screening.rounds.list': { input: z.object({}).strict(), output: z.array(roundDto) },
  'screening.rounds.create': { input: z.object({ name: requiredText(80), date: localDate }).strict(), output: roundDto },
  'screening.platforms.list': { input: z.object({}).strict(), output: z.array(platformDto) },
  /** Reads and scores the file without writing: mapping, preview, row errors, unmatched students. */
  'screening.import.check': {
    input: z.object(importFile).strict(),
    output: z.object({
      format: z.enum(['csv', 'xlsx']),
      encoding: z.enum(['utf-8', 'gb18030', 'xlsx']),
      headers: z.array(z.string()),
      mapping: importMapping,
      rowCount: z.number().int(),
      /** Rows that would be imported. */
      matched: z.number().int(),
      /** The first rows as they would be scored: student number, name, instrument → level/total. */
      preview: z.array(
        z.object({
          row: z.number().int(),
          studentNo: z.string(),
          name: z.string(),
          scores: z.array(z.object({ instrumentKey: z.string(), total: z.number().nullable(), level: z.string().nullable(), flagged: z.boolean() }))
        })
      ),
      issues: z.array(importIssue),
      moreIssues: z.number().int(),
      /** Rows whose student number is not on the roster: not imported. */
      unmatched: z.array(z.object({ row: z.number().int(), studentNo: z.string() })),
      moreUnmatched: z.number().int(),
      /** Rows already in the round with the same answers: skipped. */
      alreadyInRound: z.number().int(),
      flagged: z.number().int(),
      alerts: z.number().int(),
      /** The same file was imported before: importing it again does nothing. */
      duplicateOf: z.object({ importId: z.string(), roundName: z.string(), importedAt: z.string() }).nullable()
    })
  },
  /**
   * All or nothing, in one transaction: any row error imports nothing. Unmatched rows are skipped
   * (listed by check). The same file again does nothing. `jobId` lets the screen ask for progress.
   */
  'screening.import.commit': {
    input: z
      .object({
        ...importFile,
        mapping: importMapping,
        jobId: id,
        /** Save the mapping under this platform name for next time. */
        platformName: optionalText(40).default('')
      })
      .strict(),
    output: z.object({
      importId: z.string(),
      alreadyImported: z.boolean(),
      imported: z.number().int(),
      skipped: z.number().int(),
      flagged: z.number().int(),
      alerts: z.number().int()
    })
  },
  'screening.import.progress': {
    input: z.object({ jobId: id }).strict(),
    output: z.object({ phase: z.enum(['unknown', 'reading', 'scoring', 'writing', 'done']), done: z.number().int(), total: z.number().int() })
  },
  'screening.imports.list': { input: z.object({ roundId: id }).strict(), output: z.array(importDto) },
  /**
   * Second-stage interviews: ordered by key-item hits, then severity, then score; a page at a
   * time (a round of 16,000 may flag thousands), with the total the filters match.
   */
  'screening.flags.list': {
    input: z
      .object({
        roundId: id,
        status: z.enum(INTERVIEW_STATUSES).optional(),
        collegeId: id.optional(),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(500).default(50)
      })
      .strict(),
    output: z.object({ rows: z.array(flagRowDto), total: z.number().int() })
  },
  /** Books the interview (an intake appointment) for a flagged student and links it. */
  'screening.interview.book': {
    input: z
      .object({
        flagId: id,
        counsellorId: id,
        roomId: id.nullable(),
        start: isoInstant,
        durationMinutes: z.number().int().min(5).max(480).optional(),
        overrideReason: optionalText(200).optional()
      })
      .strict(),
    output: flagRowDto
  },
  /** Confirmed puts the student on the watch list at `tier` in the same transaction. */
  'screening.interview.record': {
    input: z
      .object({
        flagId: id,
        outcome: z.enum(INTERVIEW_OUTCOMES, { message: 'validation.choice' }),
        note: optionalText(2000),
        tier: tier.nullable(),
        riskFactors: z.array(z.enum(RISK_FACTORS, { message: 'validation.choice' })).max(RISK_FACTORS.length).default([])
      })
      .strict(),
    output: flagRowDto
  },
  /** Heat map and coverage: every class of every college, with enrolment, screened and flagged. */
  'screening.overview': {
    input: z.object({ roundId: id }).strict(),
    output: z.object({ round: roundDto, cells: z.array(classCellDto), threshold: z.number().int() })
  },
  /** The heat map as a sheet: counts under the statistics threshold show "<k". */
  'screening.overview.export': {
    input: z.object({ roundId: id, format: z.enum(['xlsx', 'csv']) }).strict(),
    output: z.object({ fileName: z.string(), contentBase64: z.string() })
  },
  /** A student's results over time (scores, not answers). Audited. */
  'screening.student.results': { input: z.object({ studentId: id }).strict(), output: z.array(resultDto) },
  /** One result with its item answers. Audited. */
  'screening.result.get': {
    input: z.object({ id }).strict(),
    output: z.object({
      result: resultDto,
      answers: z.array(z.number().nullable()),
      extras: z.record(z.string(), z.number()),
      levelValue: z.string().nullable(),
      /** The instrument as it was when this result was scored (item texts, labels, factors). */
      definition: instrumentDefinition
    })
  },
  /** Administer an instrument in the app (PHQ-9, GAD-7 at intake). */
  'screening.administer': {
    input: z
      .object({
        studentId: id,
        instrumentKey,
        takenOn: localDate,
        answers: z.array(z.number().int().min(0).max(10)).min(1).max(200)
      })
      .strict(),
    output: resultDto
  }
})
