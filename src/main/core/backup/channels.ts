import { basename } from 'node:path'
import { centreDate } from '@shared/centreTime'
import type { ChannelOutput } from '@shared/contract'
import { endSession } from '../auth/session'
import type { CallContext } from '../context'
import { ConflictError } from '../errors'
import type { ParsedInput, Registry } from '../registry'
import { previewPurge, purgeExpired, readRetention, vacuumAfterPurge, writeRetention } from '../retention'
import { printStudentRecord } from '../records/print'
import { readSetting, writeSetting } from '../settings/store'
import { BackupError, BackupForeignVaultError } from './errors'
import { restoreBackup, type RestoreKey } from './restore'
import { assertFirstScreen, backupStatus, checkFolder, confirmedInfo, listFolder, runBackup, toInfoDto, verifyAt } from './service'
import { readBackupInfo } from './verify'

export interface BackupShell {
  /** The shell's folder dialog (Electron); absent in browser mode, where the path is typed. */
  pickFolder?: () => Promise<string | null>
}

/** Backups, restore, retention and purge, and a student's full record (issue 9). */
export function registerBackup(registry: Registry, shell: BackupShell): void {
  registry.handleTx('backup.settings.get', (t) => readSetting(t.orm, 'backup'))
  registry.handleTx('backup.settings.update', (t, input, ctx) => {
    const folder = input.folder === null ? null : checkFolder(input.folder, ctx.vault.dataDir)
    const before = readSetting(t.orm, 'backup')
    const next = { folder, dailyAt: input.dailyAt, keep: input.keep }
    writeSetting(t.orm, 'backup', next, t.at)
    t.audit({
      action: 'backup.settings.update',
      summary: { folderChanged: before.folder !== folder, folderSet: folder !== null, dailyAt: input.dailyAt, keep: input.keep }
    })
    return next
  })
  registry.handle('backup.status', (ctx) => backupStatus(ctx))
  registry.handle('backup.pickFolder', async () => {
    if (!shell.pickFolder) return { supported: false, path: null }
    return { supported: true, path: await shell.pickFolder() }
  })
  registry.handle('backup.create', (ctx) => runBackup(ctx, 'manual'))
  registry.handle('backup.list', (ctx, input) => {
    const folder = input.folder ?? ctx.tx((t) => readSetting(t.orm, 'backup')).folder
    if (!folder) throw new ConflictError('errors.backup.noFolder')
    return listFolder(folder, ctx.vault.vaultId)
  })
  registry.handle('backup.verify', (ctx, input) => verifyAt(ctx, input.path))
  registry.handle('backup.restore', restoreHere)
  registry.handle('backup.inspect', (ctx, input) => {
    assertFirstScreen(ctx)
    return { ...toInfoDto(readBackupInfo(input.path), ''), ours: true }
  })
  registry.handle('backup.restoreFresh', restoreFresh)

  registry.handleTx('retention.get', (t) => readRetention(t.orm))
  registry.handleTx('retention.update', (t, input) => {
    const before = readRetention(t.orm)
    const policy = writeRetention(t.orm, { yearsAfterLeaving: input.yearsAfterLeaving }, t.at)
    t.audit({ action: 'retention.update', summary: { from: before.yearsAfterLeaving, to: policy.yearsAfterLeaving } })
    return policy
  })
  registry.handleTx('retention.preview', (t) => previewPurge(t, centreDate(t.now)))
  registry.handle('retention.purge', (ctx, input) => {
    const counts = ctx.tx((t) => purgeExpired(t, centreDate(t.now), input.confirmStudents))
    // Outside the transaction: rebuilds the file so no free page keeps what was destroyed.
    vacuumAfterPurge(ctx.state.conn.sqlite)
    return counts
  })
  registry.handle('records.student.pdf', (ctx, input) => printStudentRecord(ctx, input))
}

/**
 * The admin restores a backup of this vault. It is checked with the open key first, so a bad
 * backup is refused while everyone stays signed in; then the session ends (the database must be
 * closed to be replaced) and the restore runs. The act is audited in the restored database at the
 * next unlock (the current one is set aside by it).
 */
async function restoreHere(ctx: CallContext, input: ParsedInput<'backup.restore'>): Promise<ChannelOutput<'backup.restore'>> {
  const session = ctx.session()
  const info = confirmedInfo(input.path, input.confirmCreatedAt)
  const vaultId = ctx.vault.vaultId
  if (info.vaultId !== vaultId) throw new BackupForeignVaultError()
  const checked = verifyAt(ctx, input.path)
  const problem = checked.problems[0]
  if (!checked.ok) throw new BackupError('VALIDATION', problem?.messageKey ?? 'errors.backup.corrupt', problem?.params)
  const summary = { backup: info.name, createdAt: info.createdAt }
  ctx.tx((t) => t.audit({ action: 'backup.restore.start', entity: 'backup', entityId: info.name, summary }))
  const key = Buffer.from(ctx.state.dek)
  endSession(ctx, 'auth.logout', { reason: 'restore' })
  return restoreAndRecord(ctx, input.path, key, { userId: session.userId, summary, replaceUnreadable: false })
}

async function restoreFresh(ctx: CallContext, input: ParsedInput<'backup.restoreFresh'>): Promise<ChannelOutput<'backup.restore'>> {
  const screen = assertFirstScreen(ctx)
  const info = confirmedInfo(input.path, input.confirmCreatedAt)
  const key: RestoreKey =
    input.secret.kind === 'recoveryCode' ? { recoveryCode: input.secret.recoveryCode } : { username: input.secret.username, password: input.secret.password }
  const summary = { backup: info.name, createdAt: info.createdAt, from: screen }
  return restoreAndRecord(ctx, input.path, key, { userId: null, summary, replaceUnreadable: screen === 'broken' && input.replaceUnreadable })
}

/** Runs the restore; what happened (done or failed) is written to the audit log at the next unlock. */
async function restoreAndRecord(
  ctx: CallContext,
  path: string,
  key: RestoreKey,
  opts: { userId: string | null; summary: Record<string, string>; replaceUnreadable: boolean }
): Promise<ChannelOutput<'backup.restore'>> {
  const now = ctx.clock.now()
  try {
    const restored = await restoreBackup(ctx.vault.dataDir, path, key, { now, replaceUnreadable: opts.replaceUnreadable })
    ctx.vault.addPendingEvent({ at: now.toISOString(), action: 'backup.restored', userId: opts.userId, summary: opts.summary })
    return {
      restoredFrom: toInfoDto(readBackupInfo(path), restored.manifest.vaultId),
      asideFolder: restored.asideDir === null ? null : basename(restored.asideDir)
    }
  } catch (error) {
    // Only a vault.json that is still there and readable can carry the note (a fresh install has none).
    try {
      ctx.vault.addPendingEvent({ at: now.toISOString(), action: 'backup.restore_failed', userId: opts.userId, summary: opts.summary })
    } catch {
      // The refusal itself is what the admin needs to see.
    }
    throw error
  } finally {
    if (Buffer.isBuffer(key)) key.fill(0)
  }
}
