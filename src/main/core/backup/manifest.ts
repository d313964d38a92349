import { createHmac, hkdfSync } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc.js'
import { z } from 'zod'
import { CENTRE_UTC_OFFSET_MINUTES } from '@shared/centreTime'
import { canonicalJson } from '../util/canonicalJson'
import { DB_FILE, VAULT_FILE } from '../vault/file'
import { BackupFormatUnsupportedError, BackupManifestMissingError, BackupTamperedError, NotABackupError } from './errors'

dayjs.extend(utc)

export const BACKUP_FORMAT = 1
export const MANIFEST_FILE = 'manifest.json'
/** The files of a backup besides its manifest, in the order they are checked. */
export const BACKUP_FILES = [VAULT_FILE, DB_FILE] as const

/** `xinan-backup-20261102-090000` (centre time), `-2`, `-3`… when two fall in the same second. */
export const BACKUP_NAME = /^xinan-backup-\d{8}-\d{6}(?:-\d{1,3})?$/
/** Where a backup is built before it gets its name; a crash leaves one of these, never a half backup. */
export const TEMP_PREFIX = '.xinan-backup-tmp-'

/** `YYYYMMDD-HHmmss` in centre time, whatever zone the PC is set to. */
export const centreStamp = (now: Date): string => dayjs.utc(now).add(CENTRE_UTC_OFFSET_MINUTES, 'minute').format('YYYYMMDD-HHmmss')

export const backupStem = (now: Date): string => `xinan-backup-${centreStamp(now)}`

const hex64 = z.string().regex(/^[0-9a-f]{64}$/)
const fileEntry = z.object({ bytes: z.number().int().min(0), sha256: hex64 }).strict()

/**
 * What a backup says about itself. Counts and hashes only: the manifest is plain JSON on a USB
 * drive, so it names tables, never a record. `mac` is keyed from the DEK, so only a holder of
 * this vault's key can have written it.
 */
const manifestSchema = z
  .object({
    app: z.literal('xinan'),
    format: z.literal(BACKUP_FORMAT),
    /** vault.json's body.vaultId, which is also `vault_id` in the database's meta table. */
    vaultId: z.uuid(),
    createdAt: z.iso.datetime(),
    appVersion: z.string().max(50),
    /** How many migrations the database had, and the last one's tag. */
    schema: z.object({ migrations: z.number().int().min(0), lastTag: z.string().max(200).nullable() }).strict(),
    counts: z.record(z.string().max(200), z.number().int().min(0)),
    files: z.object({ [VAULT_FILE]: fileEntry, [DB_FILE]: fileEntry }).strict(),
    mac: hex64
  })
  .strict()
export type BackupManifest = z.infer<typeof manifestSchema>
export type UnsignedManifest = Omit<BackupManifest, 'mac'>

export function manifestMac(dek: Buffer, manifest: UnsignedManifest): string {
  const key = Buffer.from(hkdfSync('sha256', dek, Buffer.alloc(0), 'xinan backup manifest v1', 32))
  try {
    const { app, format, vaultId, createdAt, appVersion, schema, counts, files } = manifest
    return createHmac('sha256', key).update(canonicalJson({ app, format, vaultId, createdAt, appVersion, schema, counts, files }), 'utf8').digest('hex')
  } finally {
    key.fill(0)
  }
}

export const manifestJson = (manifest: BackupManifest): string => `${JSON.stringify(manifest, null, 2)}\n`

/**
 * The manifest of a backup folder, checked for shape only (no key needed). Throws a named error
 * for a folder that is not a backup, lost its manifest, or comes from a newer format.
 */
export function readManifest(dir: string): BackupManifest {
  const path = join(dir, MANIFEST_FILE)
  if (!existsSync(path)) {
    if (BACKUP_FILES.some((f) => existsSync(join(dir, f)))) throw new BackupManifestMissingError()
    throw new NotABackupError()
  }
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'))
  } catch {
    throw new BackupTamperedError(MANIFEST_FILE)
  }
  if (typeof raw !== 'object' || raw === null || (raw as { app?: unknown }).app !== 'xinan') throw new NotABackupError()
  const format = (raw as { format?: unknown }).format
  if (typeof format === 'number' && format > BACKUP_FORMAT) throw new BackupFormatUnsupportedError()
  const parsed = manifestSchema.safeParse(raw)
  if (!parsed.success) throw new BackupTamperedError(MANIFEST_FILE)
  return parsed.data
}
