import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type Database from 'better-sqlite3'
import { databaseFacts } from '../../../src/main/core/backup/facts'
import { hashFile } from '../../../src/main/core/backup/files'
import { manifestJson, manifestMac, type BackupManifest } from '../../../src/main/core/backup/manifest'
import { openEncrypted } from '../../../src/main/core/db/open'

/**
 * Edits a backup's database and re-signs its manifest with the key: a backup whose every hash,
 * count and signature is right, with content the test chose. What only a holder of the key
 * could make; it shows what the checks after the signature catch.
 */
export function resign(dir: string, dek: Buffer, edit: (db: Database.Database) => void): void {
  const file = join(dir, 'xinan.db')
  const db = openEncrypted(file, dek, { create: false })
  let facts
  try {
    edit(db)
    facts = databaseFacts(db)
  } finally {
    db.close()
  }
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as BackupManifest
  const unsigned = { ...manifest, counts: facts.counts, schema: facts.schema, files: { ...manifest.files, 'xinan.db': hashFile(file) } }
  writeFileSync(join(dir, 'manifest.json'), manifestJson({ ...unsigned, mac: manifestMac(dek, unsigned) }))
}
