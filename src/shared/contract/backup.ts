import { z } from 'zod'
import { id, requiredText } from '../validation'
import { defineChannels } from './define'

/*
 * Issue 9: backups, restore, retention and purge, a student's full record (PIPL access request).
 */

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'validation.time' })
/** An absolute folder path on this PC (a USB drive, a network share). */
const folder = z.string().trim().min(1, { message: 'validation.required' }).max(1000, { message: 'validation.tooLong' })

export const BACKUP_KEEP_MAX = 365
/** Two weeks of daily backups. */
export const BACKUP_KEEP_DEFAULT = 14

export const backupSettingsDto = z.object({
  /** Where backups go; null until the admin picks a folder. */
  folder: z.string().nullable(),
  /** Daily at this centre time while the app runs and is unlocked; null = on demand (and on quit) only. */
  dailyAt: z.string().nullable(),
  /** How many backups of this vault to keep in the folder (older ones are removed). */
  keep: z.number().int()
})
export type BackupSettingsDto = z.infer<typeof backupSettingsDto>

const problemDto = z.object({ messageKey: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])) })
export type BackupProblemDto = z.infer<typeof problemDto>

export const backupInfoDto = z.object({
  name: z.string(),
  path: z.string(),
  /** The centre's name the backup was made under (shown on the login screen too). */
  label: z.string(),
  createdAt: z.string(),
  appVersion: z.string(),
  /** This vault's backup (false: another centre's, listed but never restorable over this one). */
  ours: z.boolean(),
  /** Rows per table at the backup (no content). */
  counts: z.record(z.string(), z.number().int()),
  bytes: z.number().int(),
  /** What is wrong with it when it cannot even be read. */
  problem: problemDto.nullable()
})
export type BackupInfoDto = z.infer<typeof backupInfoDto>

/** The last backup attempts, for the dashboard: a failure is shown loudly until a backup succeeds. */
export const backupStatusDto = z.object({
  /** A folder is set. */
  configured: z.boolean(),
  lastSuccessAt: z.string().nullable(),
  lastSuccessName: z.string().nullable(),
  /** The newest attempt failed (cleared by the next success). */
  lastFailure: z.object({ at: z.string(), problem: problemDto }).nullable(),
  /** No successful backup for more than a day (or ever, once a folder is set). */
  overdue: z.boolean(),
  /** The next scheduled backup (an instant), when a daily time is set. */
  nextAt: z.string().nullable()
})
export type BackupStatusDto = z.infer<typeof backupStatusDto>

export const retentionDto = z.object({ yearsAfterLeaving: z.number().int() })

export const purgePreviewDto = z.object({
  /** Students who left before this centre date are destroyed. */
  cutoff: z.string(),
  students: z.number().int(),
  /** Rows per table besides the students themselves (counts only). */
  byTable: z.record(z.string(), z.number().int())
})
export type PurgePreviewDto = z.infer<typeof purgePreviewDto>

const restoreResult = z.object({ restoredFrom: backupInfoDto, asideFolder: z.string().nullable() })

export const backupChannels = defineChannels({
  'backup.settings.get': { input: z.object({}).strict(), output: backupSettingsDto },
  'backup.settings.update': {
    input: z
      .object({
        folder: folder.nullable(),
        dailyAt: time.nullable(),
        keep: z.number().int({ message: 'validation.wholeNumber' }).min(1, { message: 'validation.min' }).max(BACKUP_KEEP_MAX, { message: 'validation.max' })
      })
      .strict(),
    output: backupSettingsDto
  },
  /** Any signed-in user: the dashboard says when backups fail or are overdue. */
  'backup.status': { input: z.object({}).strict(), output: backupStatusDto },
  /** The shell's folder dialog (Electron); in browser mode `supported` is false and the path is typed. */
  'backup.pickFolder': { input: z.object({}).strict(), output: z.object({ supported: z.boolean(), path: z.string().nullable() }) },
  /** Makes a backup now into the settings' folder, verifies it, removes the oldest beyond `keep`. Audited. */
  'backup.create': { input: z.object({}).strict(), output: z.object({ backup: backupInfoDto, removed: z.array(z.string()) }) },
  /** The backups in a folder (the settings' folder by default), newest first. */
  'backup.list': { input: z.object({ folder: folder.optional() }).strict(), output: z.array(backupInfoDto) },
  /** Re-reads a backup with this vault's key: files, hashes, signature, integrity_check, row counts. */
  'backup.verify': { input: z.object({ path: folder }).strict(), output: z.object({ ok: z.boolean(), problems: z.array(problemDto) }) },
  /**
   * Replaces this vault with a backup of it (the current files are kept aside in the data folder);
   * the session ends and the app returns to the login screen. `confirmCreatedAt` is the backup's
   * time as the admin saw it, so a folder changed in between is not restored. Audited at the next unlock.
   */
  'backup.restore': { input: z.object({ path: folder, confirmCreatedAt: requiredText(40) }).strict(), output: restoreResult },
  /** The first screen of a fresh install (or of a vault that cannot be opened): what a backup holds, before any key. */
  'backup.inspect': { input: z.object({ path: folder }).strict(), output: backupInfoDto },
  /** From that first screen: a backup and the recovery code (or an admin's password) of when it was made. */
  'backup.restoreFresh': {
    input: z
      .object({
        path: folder,
        confirmCreatedAt: requiredText(40),
        secret: z.discriminatedUnion('kind', [
          z.object({ kind: z.literal('recoveryCode'), recoveryCode: requiredText(100) }).strict(),
          z.object({ kind: z.literal('password'), username: requiredText(100), password: requiredText(1000) }).strict()
        ]),
        /** For a vault that cannot be opened: the admin confirmed replacing it (its files are kept aside). */
        replaceUnreadable: z.boolean()
      })
      .strict(),
    output: restoreResult
  },
  'retention.get': { input: z.object({}).strict(), output: retentionDto },
  'retention.update': {
    input: z
      .object({ yearsAfterLeaving: z.number().int({ message: 'validation.wholeNumber' }).min(3, { message: 'validation.min' }).max(30, { message: 'validation.max' }) })
      .strict(),
    output: retentionDto
  },
  /** What a purge would destroy today: counts, never content. */
  'retention.preview': { input: z.object({}).strict(), output: purgePreviewDto },
  /** Destroys the expired records (the count confirmed must match the preview), then vacuums. Audited with counts. */
  'retention.purge': {
    // No free-text reason: the audit row outlives the purge, and text could name whom it destroyed.
    input: z.object({ confirmStudents: z.number().int({ message: 'validation.wholeNumber' }).min(1, { message: 'validation.min' }) }).strict(),
    output: purgePreviewDto
  },
  /** Every record about one student as a PDF (PIPL access request). Admin only; audited. */
  'records.student.pdf': {
    input: z.object({ studentId: id, locale: z.enum(['zh-CN', 'en']) }).strict(),
    output: z.object({ fileName: z.string(), pdfBase64: z.string() })
  }
})
