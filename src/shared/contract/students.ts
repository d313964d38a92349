import { z } from 'zod'
import { id, localDate, optionalText, phone, requiredText } from '../validation'
import { defineChannels } from './define'
import { tier } from './watchEnums'

export const GENDERS = ['male', 'female', 'other', 'unknown'] as const
export const STUDENT_STATUSES = ['enrolled', 'on_leave', 'graduated', 'withdrawn'] as const

/** The fields a roster or the student form may set; the import maps columns onto these. */
export const STUDENT_FIELDS = [
  'studentNo',
  'name',
  'gender',
  'birthDate',
  'college',
  'className',
  'grade',
  'major',
  'dorm',
  'phone',
  'guardianName',
  'guardianRelation',
  'guardianPhone',
  'status',
  'contactNotes'
] as const
export type StudentField = (typeof STUDENT_FIELDS)[number]

export const studentNo = z
  .string()
  .trim()
  .regex(/^[0-9A-Za-z-]{4,20}$/, { message: 'validation.studentNo' })

const studentFields = {
  studentNo,
  name: requiredText(40),
  gender: z.enum(GENDERS, { message: 'validation.choice' }),
  birthDate: localDate.nullable(),
  collegeId: id.nullable(),
  classId: id.nullable(),
  grade: optionalText(20),
  major: optionalText(60),
  /** Building-room, e.g. 12号楼-305. */
  dorm: optionalText(40),
  phone,
  guardianName: optionalText(40),
  guardianRelation: optionalText(20),
  guardianPhone: phone,
  status: z.enum(STUDENT_STATUSES, { message: 'validation.choice' }),
  contactNotes: optionalText(500)
}

/** One row of a search or a list: enough to recognise a student, nothing clinical but the tier. */
export const studentRowDto = z.object({
  id: z.string(),
  studentNo: z.string(),
  name: z.string(),
  gender: z.enum(GENDERS),
  collegeName: z.string().nullable(),
  className: z.string().nullable(),
  dorm: z.string(),
  status: z.enum(STUDENT_STATUSES),
  /** Null when not on the watch list, or when the caller's role may not see it (assistant). */
  tier: tier.nullable()
})
export type StudentRowDto = z.infer<typeof studentRowDto>

export const studentDto = z.object({
  id: z.string(),
  studentNo: z.string(),
  name: z.string(),
  gender: z.enum(GENDERS),
  birthDate: z.string().nullable(),
  collegeId: z.string().nullable(),
  collegeName: z.string().nullable(),
  classId: z.string().nullable(),
  className: z.string().nullable(),
  /** The class's 辅导员, first contact in the early-warning network. */
  advisorName: z.string().nullable(),
  advisorPhone: z.string().nullable(),
  grade: z.string(),
  major: z.string(),
  dorm: z.string(),
  phone: z.string(),
  guardianName: z.string(),
  guardianRelation: z.string(),
  guardianPhone: z.string(),
  status: z.enum(STUDENT_STATUSES),
  contactNotes: z.string(),
  createdAt: z.string(),
  updatedAt: z.string()
})
export type StudentDto = z.infer<typeof studentDto>

export const timelineEntryDto = z.object({
  at: z.string(),
  /** e.g. 'watch.tier', 'watch.followUp', 'watch.plan', 'watch.checklist', later 'appointment', 'note' … */
  kind: z.string(),
  /** An i18n key for the headline, with its params. */
  titleKey: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  /** Free text written by staff (reasons, summaries): shown only to roles that see clinical data. */
  detail: z.string().nullable(),
  byName: z.string().nullable()
})
export type TimelineEntryDto = z.infer<typeof timelineEntryDto>

/** A roster column mapped to a student field (0-based column index), or not imported. */
const mapping = z.partialRecord(z.enum(STUDENT_FIELDS), z.number().int().min(0).max(200))

const rosterFile = {
  fileName: requiredText(200),
  /** The file as uploaded, base64 (CSV in UTF-8 or GBK, or XLSX). At most ~30 MB. */
  contentBase64: z.string().min(1, { message: 'validation.required' }).max(40_000_000, { message: 'validation.fileTooLarge' })
}

export const importIssueDto = z.object({
  /** The row number as the spreadsheet shows it (the header is row 1). */
  row: z.number().int(),
  /** The column's header text in the file. */
  column: z.string(),
  messageKey: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional()
})
export type ImportIssueDto = z.infer<typeof importIssueDto>

export const studentsChannels = defineChannels({
  /** Name, student number, class, dorm, pinyin (full or initials): the Ctrl+K search. */
  'students.search': {
    input: z.object({ q: z.string().trim().min(1, { message: 'validation.required' }).max(40), limit: z.number().int().min(1).max(100).default(20) }).strict(),
    output: z.array(studentRowDto)
  },
  /** The students page: every student matching the filters (thousands; the page virtualises). */
  'students.list': {
    input: z
      .object({
        q: z.string().trim().max(40).optional(),
        collegeId: id.optional(),
        classId: id.optional(),
        status: z.enum(STUDENT_STATUSES).optional(),
        onWatchList: z.boolean().optional()
      })
      .strict(),
    output: z.object({ rows: z.array(studentRowDto), total: z.number().int() })
  },
  /** The student file. Audited as a read of the student's record. */
  'students.get': {
    input: z.object({ id }).strict(),
    output: z.object({
      student: studentDto,
      /** False for roles that see contact data only (assistant): no watch data, no timeline details. */
      clinical: z.boolean()
    })
  },
  'students.timeline': {
    input: z.object({ id }).strict(),
    output: z.array(timelineEntryDto)
  },
  'students.create': { input: z.object(studentFields).strict(), output: studentDto },
  'students.update': { input: z.object({ id, ...studentFields }).strict(), output: studentDto },
  /** Parses and checks a roster without writing anything: mapping guesses, preview, row errors. */
  'students.import.check': {
    input: z.object({ ...rosterFile, mapping: mapping.optional() }).strict(),
    output: z.object({
      format: z.enum(['csv', 'xlsx']),
      encoding: z.enum(['utf-8', 'gb18030', 'xlsx']),
      headers: z.array(z.string()),
      mapping,
      rowCount: z.number().int(),
      /** The first rows as they would be imported. */
      preview: z.array(z.record(z.string(), z.string())),
      issues: z.array(importIssueDto),
      /** More issues than are listed. */
      moreIssues: z.number().int(),
      creates: z.number().int(),
      updates: z.number().int(),
      missingColleges: z.array(z.string()),
      /** "college / class" pairs not yet in settings. */
      missingClasses: z.array(z.object({ college: z.string(), className: z.string() }))
    })
  },
  /** All or nothing: one bad row imports nothing. Missing colleges/classes are created only if asked. */
  'students.import.commit': {
    input: z.object({ ...rosterFile, mapping, createMissing: z.boolean() }).strict(),
    output: z.object({
      created: z.number().int(),
      updated: z.number().int(),
      collegesCreated: z.number().int(),
      classesCreated: z.number().int()
    })
  }
})
