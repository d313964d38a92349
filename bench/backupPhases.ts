import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { databaseFacts } from '../src/main/core/backup/facts'
import { copyDurable, hashFile } from '../src/main/core/backup/files'
import { checkCacheKiB } from '../src/main/core/backup/verify'
import { openEncrypted } from '../src/main/core/db/open'
import { DB_FILE } from '../src/main/core/vault/file'
import { round2 } from './stats'

/** Wall-clock and CPU milliseconds of one piece of work (CPU time says less about the machine's other load). */
export interface Clocked {
  wall: number
  cpu: number
}

/** One pass over each piece a backup is made of, on a copy made as backup.create makes it. */
export interface BackupPhases {
  /** The snapshot: the encrypted file copied page for page and fsynced (nothing decrypted). */
  copy: Clocked
  /** VACUUM INTO, the fallback when the file cannot be pinned: decrypt, copy rows, rebuild indexes, encrypt, write. */
  vacuumInto: Clocked
  /** sha256 of the copy, one pass. */
  hash: Clocked
  /** Opening the copy with the key (no quick_check: integrity_check follows), with the check's page cache. */
  open: Clocked
  integrityCheck: Clocked
  /** Row counts of every table, as the manifest records them. */
  counts: Clocked
}
export type Phase = keyof BackupPhases

export const PHASE_LABELS: Record<Phase, string> = {
  copy: 'copy + fsync',
  vacuumInto: 'VACUUM INTO (fallback)',
  hash: 'sha256',
  open: 'open with the key',
  integrityCheck: 'integrity_check',
  counts: 'row counts'
}

/**
 * How often each piece runs on the database file (vault.json, the manifest and the signatures are
 * tiny): backup.create hashes the copy when it writes the manifest and again in verifyWritten;
 * backup.verify and restoreBackup's check run open, integrity_check and counts once each.
 * VACUUM INTO runs only when the live file cannot be pinned (another connection reading).
 */
export const IN_CREATE: Record<Phase, number> = { copy: 1, vacuumInto: 0, hash: 2, open: 1, integrityCheck: 1, counts: 1 }
export const IN_VERIFY: Record<Phase, number> = { copy: 0, vacuumInto: 0, hash: 1, open: 1, integrityCheck: 1, counts: 1 }

export const phasesSum = (p: BackupPhases, times: Record<Phase, number>, clock: keyof Clocked): number =>
  round2((Object.keys(times) as Phase[]).reduce((sum, k) => sum + times[k] * p[k][clock], 0))

export function clocked<T>(work: () => T): [T, Clocked] {
  const cpu = process.cpuUsage()
  const start = performance.now()
  const value = work()
  const wall = performance.now() - start
  const used = process.cpuUsage(cpu)
  return [value, { wall: round2(wall), cpu: round2((used.user + used.system) / 1000) }]
}

export async function clockedAsync<T>(work: () => Promise<T>): Promise<[T, Clocked]> {
  const cpu = process.cpuUsage()
  const start = performance.now()
  const value = await work()
  const wall = performance.now() - start
  const used = process.cpuUsage(cpu)
  return [value, { wall: round2(wall), cpu: round2((used.user + used.system) / 1000) }]
}

/**
 * Each piece of backup.create timed on its own, on the vault's database (the core closed, so the
 * file is whole) and scratch copies in the backup folder, removed after: where a slow backup
 * spends its time.
 */
export function measurePhases(liveDb: string, dek: Buffer, folder: string): BackupPhases {
  const scratch = join(folder, `phases-${DB_FILE}`)
  const vacuumed = join(folder, `phases-vacuum-${DB_FILE}`)
  for (const f of [scratch, vacuumed]) rmSync(f, { force: true })
  const live = openEncrypted(liveDb, dek, { create: false })
  let vacuumInto: Clocked
  try {
    vacuumInto = clocked(() => live.prepare('VACUUM INTO ?').run(vacuumed))[1]
  } finally {
    live.close()
    rmSync(vacuumed, { force: true })
  }
  try {
    const copy = clocked(() => copyDurable(liveDb, scratch))[1]
    const hash = clocked(() => hashFile(scratch))[1]
    const [db, open] = clocked(() => {
      const opened = openEncrypted(scratch, dek, { create: false, quickCheck: false })
      opened.pragma(`cache_size=-${checkCacheKiB(scratch)}`)
      return opened
    })
    try {
      const integrityCheck = clocked(() => db.pragma('integrity_check', { simple: true }))[1]
      const counts = clocked(() => databaseFacts(db))[1]
      return { copy, vacuumInto, hash, open, integrityCheck, counts }
    } finally {
      db.close()
    }
  } finally {
    rmSync(scratch, { force: true })
  }
}
