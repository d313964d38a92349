import { existsSync, statSync } from 'node:fs'
import { basename, isAbsolute, relative, resolve } from 'node:path'
import type { BackupInfoDto, BackupProblemDto, BackupStatusDto, ChannelOutput } from '@shared/contract'
import type { CallContext } from '../context'
import { AppError, ConflictError, FieldError, ForbiddenError } from '../errors'
import { readSetting, writeSetting, type SettingValue } from '../settings/store'
import { createBackup } from './create'
import { BackupError, BackupFailedError, BackupForeignVaultError, BackupTargetUnavailableError } from './errors'
import { listBackups, rotateBackups } from './rotate'
import { nextDaily, overdue } from './schedule'
import { readBackupInfo, verifyBackup, type BackupInfo } from './verify'

export type BackupTrigger = 'manual' | 'daily' | 'quit'

const problemOf = (error: unknown): BackupProblemDto =>
  error instanceof AppError ? { messageKey: error.messageKey, params: error.params ?? {} } : { messageKey: 'errors.backup.failed', params: {} }

export function toInfoDto(info: BackupInfo, ourVaultId: string): BackupInfoDto {
  return {
    name: info.name,
    path: info.path,
    label: info.label,
    createdAt: info.createdAt,
    appVersion: info.appVersion,
    ours: info.vaultId === ourVaultId,
    counts: info.counts,
    bytes: info.bytes,
    problem: null
  }
}

/** The folder setting, refused when it cannot hold backups: relative, missing, a file, or inside the data folder. */
export function checkFolder(folder: string, dataDir: string): string {
  if (!isAbsolute(folder)) throw new FieldError('folder', 'errors.backup.folderNotAbsolute')
  const full = resolve(folder)
  if (!existsSync(full) || !statSync(full).isDirectory()) throw new FieldError('folder', 'errors.backup.folderMissing')
  // A copy on the same disk as the data dies with it; inside the data folder it would also be moved by a restore.
  const inside = relative(resolve(dataDir), full)
  if (inside === '' || (!inside.startsWith('..') && !isAbsolute(inside))) throw new FieldError('folder', 'errors.backup.folderInDataDir')
  return full
}

/**
 * Makes a backup into the settings' folder, verifies it, and rotates; every attempt is recorded
 * (the dashboard says a failure loudly until a backup succeeds) and audited. The call's database
 * connection is the one the snapshot is read from, outside any transaction.
 */
export function runBackup(ctx: CallContext, trigger: BackupTrigger): ChannelOutput<'backup.create'> {
  const settings = ctx.tx((t) => readSetting(t.orm, 'backup'))
  if (!settings.folder) throw new ConflictError('errors.backup.noFolder')
  const vaultId = ctx.vault.vaultId
  const started = ctx.clock.now()
  let created
  try {
    created = createBackup(ctx.state.conn.sqlite, ctx.state.dek, ctx.vault.dataDir, settings.folder, started)
  } catch (error) {
    const problem = problemOf(error)
    ctx.tx((t) => {
      const state = readSetting(t.orm, 'backupState')
      writeSetting(t.orm, 'backupState', { ...state, lastAttemptAt: t.at, lastFailure: { at: t.at, ...problem } }, t.at)
      t.audit({ action: 'backup.failed', entity: 'backup', entityId: null, summary: { trigger, reason: problem.messageKey } })
    })
    if (error instanceof AppError) throw error
    throw new BackupFailedError(error)
  }
  // Rotation never fails the backup just made: what it could not remove is removed next time.
  let removed: string[] = []
  try {
    removed = rotateBackups(settings.folder, vaultId, settings.keep, ctx.clock.now()).map((p) => basename(p))
  } catch {
    removed = []
  }
  ctx.tx((t) => {
    writeSetting(t.orm, 'backupState', { lastAttemptAt: t.at, lastSuccessAt: t.at, lastSuccessName: created.name, lastFailure: null }, t.at)
    t.audit({
      action: 'backup.create',
      entity: 'backup',
      entityId: created.name,
      summary: { trigger, keep: settings.keep, removed: removed.length, bytes: totalBytes(created.manifest) }
    })
  })
  return { backup: toInfoDto(readBackupInfo(created.path), vaultId), removed }
}

const totalBytes = (manifest: { files: Record<string, { bytes: number }> }): number => Object.values(manifest.files).reduce((n, f) => n + f.bytes, 0)

export function backupStatus(ctx: CallContext): BackupStatusDto {
  const { settings, state } = ctx.tx((t) => ({ settings: readSetting(t.orm, 'backup'), state: readSetting(t.orm, 'backupState') }))
  const now = ctx.clock.now()
  return {
    configured: settings.folder !== null,
    lastSuccessAt: state.lastSuccessAt,
    lastSuccessName: state.lastSuccessName,
    lastFailure: state.lastFailure ? { at: state.lastFailure.at, problem: { messageKey: state.lastFailure.messageKey, params: state.lastFailure.params } } : null,
    overdue: overdue(settings, state, now),
    nextAt: nextDaily(settings, state, now)?.toISOString() ?? null
  }
}

/** The backups in a folder, newest first; unreadable ones listed with why. */
export function listFolder(folder: string, ourVaultId: string): BackupInfoDto[] {
  let listed
  try {
    listed = listBackups(folder)
  } catch (error) {
    if (error instanceof BackupError) throw error
    throw new BackupTargetUnavailableError()
  }
  return listed.map((b) =>
    b.info
      ? toInfoDto(b.info, ourVaultId)
      : { name: b.name, path: b.path, label: '', createdAt: '', appVersion: '', ours: false, counts: {}, bytes: 0, problem: { messageKey: b.problem.messageKey, params: b.problem.params ?? {} } }
  )
}

export function verifyAt(ctx: CallContext, path: string): ChannelOutput<'backup.verify'> {
  const info = readBackupInfo(path)
  if (info.vaultId !== ctx.vault.vaultId) throw new BackupForeignVaultError()
  const result = verifyBackup(path, ctx.state.dek)
  return { ok: result.ok, problems: result.problems.map((p) => ({ messageKey: p.messageKey, params: p.params ?? {} })) }
}

/** The backup the admin confirmed: the folder still holds the backup of the time they saw. */
export function confirmedInfo(path: string, confirmCreatedAt: string): BackupInfo {
  const info = readBackupInfo(path)
  if (info.createdAt !== confirmCreatedAt) throw new ConflictError('errors.backup.changedSinceShown')
  return info
}

/** The first-screen channels work only where there is nothing to protect yet, or nothing that opens. */
export function assertFirstScreen(ctx: CallContext): 'setup' | 'broken' {
  let state: 'setup' | 'ready' | 'broken'
  try {
    state = ctx.vault.probe().state
  } catch (error) {
    if (!(error instanceof AppError)) throw error
    state = 'broken'
  }
  if (state === 'ready' || ctx.state.isOpen) throw new ForbiddenError('errors.backup.onlyFirstScreen')
  return state
}

export type BackupSettings = SettingValue<'backup'>
