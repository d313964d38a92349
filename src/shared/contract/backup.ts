import { z } from 'zod'
import { id, optionalText, requiredText } from '../validation'
import { defineChannels } from './define'

/*
 * Issue 9: backups, restore, retention and purge, a student's full record. Draft contract on the
 * issue-9-backup branch (the core module in src/main/core/backup is written; channels, schedule
 * and screens come next).
 */

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'validation.time' })
/** An absolute folder path on this PC (a USB drive, a network share). */
const folder = z.string().trim().min(1, { message: 'validation.required' }).max(1000, { message: 'validation.tooLong' })

export const backupSettingsDto = z.object({
  /** Where backups go; null until the admin picks a folder. */
  folder: z.string().nullable(),
  /** Daily at this centre time while the app runs; null = on demand (and on quit) only. */
  dailyAt: z.string().nullable(),
  /** How many backups of this vault to keep in the folder (older ones are removed). */
  keep: z.number().int()
})
export type BackupSettingsDto = z.infer<typeof backupSettingsDto>

export const backupInfoDto = z.object({
  name: z.string(),
  path: z.string(),
  createdAt: z.string(),
  appVersion: z.string(),
  /** This vault's backup (false: another centre's, listed but never restorable over this one). */
  ours: z.boolean(),
  counts: z.record(z.string(), z.number().int()),
  bytes: z.number().int(),
  /** What is wrong with it, as an i18n key, when it cannot be read. */
  problem: z.string().nullable()
})
export type BackupInfoDto = z.infer<typeof backupInfoDto>

/** The last backup attempt, for the dashboard: a failure is shown loudly until a backup succeeds. */
export const backupStatusDto = z.object({
  configured: z.boolean(),
  lastSuccessAt: z.string().nullable(),
  lastFailure: z.object({ at: z.string(), messageKey: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])) }).nullable(),
  /** No successful backup for more than a day (or ever, once configured). */
  overdue: z.boolean()
})

export const retentionDto = z.object({ yearsAfterLeaving: z.number().int() })

export const purgePreviewDto = z.object({
  cutoff: z.string(),
  students: z.number().int(),
  byTable: z.record(z.string(), z.number().int())
})

export const backupChannels = defineChannels({
  'backup.settings.get': { input: z.object({}).strict(), output: backupSettingsDto },
  'backup.settings.update': {
    input: z.object({ folder: folder.nullable(), dailyAt: time.nullable(), keep: z.number().int().min(1, { message: 'validation.min' }).max(365, { message: 'validation.max' }) }).strict(),
    output: backupSettingsDto
  },
  /** Any signed-in user: the dashboard says when backups fail. */
  'backup.status': { input: z.object({}).strict(), output: backupStatusDto },
  /** Makes a backup now, verifies it, removes the oldest beyond `keep`. Audited. */
  'backup.create': { input: z.object({}).strict(), output: z.object({ backup: backupInfoDto, removed: z.array(z.string()) }) },
  'backup.list': { input: z.object({ folder: folder.optional() }).strict(), output: z.array(backupInfoDto) },
  'backup.verify': { input: z.object({ path: folder }).strict(), output: z.object({ ok: z.boolean(), problem: z.string().nullable() }) },
  /** Replaces this vault with a backup of it (the current files are kept aside); the session ends. Audited. */
  'backup.restore': { input: z.object({ path: folder, confirmName: requiredText(100) }).strict(), output: z.object({ restoredFrom: backupInfoDto }) },
  /** From the first screen of a fresh install (or a broken vault): a backup and its recovery code. */
  'backup.restoreFresh': { input: z.object({ path: folder, recoveryCode: requiredText(100) }).strict(), output: z.object({ restoredFrom: backupInfoDto }) },
  'retention.get': { input: z.object({}).strict(), output: retentionDto },
  'retention.update': {
    input: z.object({ yearsAfterLeaving: z.number().int().min(3, { message: 'validation.min' }).max(30, { message: 'validation.max' }) }).strict(),
    output: retentionDto
  },
  /** What a purge would destroy today: counts, never content. */
  'retention.preview': { input: z.object({}).strict(), output: purgePreviewDto },
  /** Destroys the expired records (the count confirmed must match the preview), then vacuums. Audited with counts. */
  'retention.purge': { input: z.object({ confirmStudents: z.number().int().min(1), reason: optionalText(200) }).strict(), output: purgePreviewDto },
  /** Every record about one student as a PDF (PIPL access request). Admin only; audited. */
  'records.student.pdf': {
    input: z.object({ studentId: id, locale: z.enum(['zh-CN', 'en']) }).strict(),
    output: z.object({ fileName: z.string(), pdfBase64: z.string() })
  }
})

