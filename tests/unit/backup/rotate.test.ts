import { randomUUID } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { listBackups, rotateBackups } from '../../../src/main/core/backup'
import { manifestJson, type BackupManifest } from '../../../src/main/core/backup/manifest'
import { tempDir } from '../helpers/core'

const ours = randomUUID()
const theirs = randomUUID()
const zeros = '0'.repeat(64)

/** A backup folder with only its manifest: rotation reads nothing else. */
function fakeBackup(dir: string, name: string, vaultId: string, createdAt: string): void {
  mkdirSync(join(dir, name))
  const manifest: BackupManifest = {
    app: 'xinan',
    format: 1,
    vaultId,
    createdAt,
    appVersion: '0.1.0',
    schema: { migrations: 7, lastTag: '0006_stats_activities' },
    counts: { students: 3 },
    files: { 'vault.json': { bytes: 1, sha256: zeros }, 'xinan.db': { bytes: 4096, sha256: zeros } },
    mac: zeros
  }
  writeFileSync(join(dir, name, 'manifest.json'), manifestJson(manifest))
}

/** Day `d` of November 2026 at 09:00 centre time: its folder name and its instant. */
const day = (d: number): { name: string; at: string } => {
  const dd = String(d).padStart(2, '0')
  return { name: `xinan-backup-202611${dd}-090000`, at: `2026-11-${dd}T01:00:00.000Z` }
}

describe('rotating backups', () => {
  it('keeps the newest 14 of this vault and deletes only older backups of this vault', () => {
    const dir = tempDir()
    for (let d = 1; d <= 17; d++) fakeBackup(dir, day(d).name, ours, day(d).at)
    // Another centre's PC backs up into the same shared folder: never counted, never deleted.
    fakeBackup(dir, 'xinan-backup-20261001-090000', theirs, '2026-10-01T01:00:00.000Z')
    fakeBackup(dir, 'xinan-backup-20261001-090001', theirs, '2026-10-01T01:00:01.000Z')
    // Things the admin keeps there, some named like backups.
    mkdirSync(join(dir, 'xinan-backup-20260101-000000'))
    writeFileSync(join(dir, 'xinan-backup-20260101-000000', 'notes.txt'), 'mine')
    mkdirSync(join(dir, 'xinan-backup-old'))
    mkdirSync(join(dir, '照片'))
    writeFileSync(join(dir, 'xinan-backup-20260102-000000'), 'a file, not a folder')
    const elsewhere = tempDir()
    fakeBackup(elsewhere, day(1).name, ours, '2026-01-01T00:00:00.000Z')
    symlinkSync(join(elsewhere, day(1).name), join(dir, 'xinan-backup-20260103-000000'))

    const removed = rotateBackups(dir, ours)

    expect(removed).toEqual([1, 2, 3].map((d) => join(dir, day(d).name)))
    const left = readdirSync(dir).sort()
    for (let d = 4; d <= 17; d++) expect(left).toContain(day(d).name)
    expect(left).toEqual(
      [
        ...Array.from({ length: 14 }, (_, i) => day(i + 4).name),
        'xinan-backup-20261001-090000',
        'xinan-backup-20261001-090001',
        'xinan-backup-20260101-000000',
        'xinan-backup-old',
        '照片',
        'xinan-backup-20260102-000000',
        'xinan-backup-20260103-000000'
      ].sort()
    )
    expect(existsSync(join(elsewhere, day(1).name, 'manifest.json'))).toBe(true)
    // Already at 14: nothing more goes.
    expect(rotateBackups(dir, ours)).toEqual([])
  })

  it('honours another number to keep, and orders two backups of one second by name', () => {
    const dir = tempDir()
    fakeBackup(dir, 'xinan-backup-20261102-090000', ours, '2026-11-02T01:00:00.000Z')
    fakeBackup(dir, 'xinan-backup-20261102-090000-2', ours, '2026-11-02T01:00:00.000Z')
    fakeBackup(dir, 'xinan-backup-20261103-090000', ours, '2026-11-03T01:00:00.000Z')
    expect(rotateBackups(dir, ours, 2)).toEqual([join(dir, 'xinan-backup-20261102-090000')])
    expect(() => rotateBackups(dir, ours, 0)).toThrow(RangeError)
  })

  it('clears temporary folders an interrupted backup left a day ago, not one being written now', () => {
    const dir = tempDir()
    const now = new Date()
    mkdirSync(join(dir, '.xinan-backup-tmp-0011223344556677'))
    const stale = new Date(now.getTime() - 25 * 3600_000)
    utimesSync(join(dir, '.xinan-backup-tmp-0011223344556677'), stale, stale)
    mkdirSync(join(dir, '.xinan-backup-tmp-8899aabbccddeeff'))
    expect(rotateBackups(dir, ours, 14, now)).toEqual([join(dir, '.xinan-backup-tmp-0011223344556677')])
    expect(readdirSync(dir)).toEqual(['.xinan-backup-tmp-8899aabbccddeeff'])
  })
})

describe('listing backups', () => {
  it('lists folders named like backups, newest first, each with its facts or what is wrong with it', () => {
    const dir = tempDir()
    fakeBackup(dir, day(1).name, ours, day(1).at)
    mkdirSync(join(dir, day(2).name))
    mkdirSync(join(dir, '照片'))
    const listed = listBackups(dir)
    expect(listed.map((b) => [b.name, b.problem?.messageKey ?? null])).toEqual([
      [day(2).name, 'errors.backup.notABackup'],
      // Only a manifest: its files are missing, as after a copy cut short.
      [day(1).name, 'errors.backup.truncated']
    ])
  })
})
