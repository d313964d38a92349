import { createDecipheriv } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import type Database from 'better-sqlite3'
import { drizzle } from 'drizzle-orm/better-sqlite3'
import { appendAudit } from '../../../src/main/core/audit/log'
import type { Tx } from '../../../src/main/core/context'
import { connect } from '../../../src/main/core/db/connection'
import * as schema from '../../../src/main/core/db/schema'
import { dbPath } from '../../../src/main/core/vault/file'
import { track } from '../helpers/db'

/** Runs `fn` in one transaction on a raw connection, the way CallContext.tx does for a call. */
export function inTx<T>(sqlite: Database.Database, at: string, fn: (t: Tx) => T): T {
  const orm = drizzle(sqlite, { schema })
  return sqlite.transaction(() => fn({ orm, sqlite, now: new Date(at), at, audit: (entry) => appendAudit(sqlite, at, null, entry) }))()
}

/** The database opened the way an unlock opens it (migrated, WAL, secure_delete): the connection a purge runs on. */
export function unlockedConnection(dataDir: string, dek: Buffer, vaultId: string): Database.Database {
  return track(connect(dbPath(dataDir), dek, vaultId, { create: false, now: new Date().toISOString() }).sqlite)
}

// SQLCipher 4 as the app opens it (db/open.ts: legacy=4, raw key): 4096-byte pages, each ending
// in 80 reserved bytes (a 16-byte IV, then a 64-byte HMAC); page 1 starts with a 16-byte salt.
const PAGE = 4096
const RESERVED = 80
const SALT = 16
const PLAIN_HEADER = Buffer.from('SQLite format 3\0', 'latin1')

/**
 * One page decrypted with the raw key (AES-256-CBC, the IV stored in the page): what an
 * attacker who holds the key reads, free pages and stale bytes included, which a logical copy
 * (SELECT … into a plain file) would never show.
 */
function decryptPage(page: Buffer, key: Buffer, pageNo: number): Buffer {
  const start = pageNo === 1 ? SALT : 0
  const iv = page.subarray(PAGE - RESERVED, PAGE - RESERVED + 16)
  const decipher = createDecipheriv('aes-256-cbc', key, iv).setAutoPadding(false)
  const plain = Buffer.concat([decipher.update(page.subarray(start, PAGE - RESERVED)), decipher.final()])
  return pageNo === 1 ? Buffer.concat([PLAIN_HEADER, plain]) : plain
}

/** Every page of the database file, decrypted. */
export function decryptDatabaseFile(path: string, key: Buffer): Buffer {
  const bytes = readFileSync(path)
  if (bytes.length % PAGE !== 0) throw new Error(`not whole pages: ${bytes.length}`)
  const pages: Buffer[] = []
  for (let i = 0; i < bytes.length / PAGE; i++) pages.push(decryptPage(bytes.subarray(i * PAGE, (i + 1) * PAGE), key, i + 1))
  return Buffer.concat(pages)
}

/** Every frame of a WAL file (32-byte header, then 24-byte frame headers each before a page), decrypted. */
export function decryptWalFile(path: string, key: Buffer): Buffer {
  if (!existsSync(path)) return Buffer.alloc(0)
  const bytes = readFileSync(path)
  const frames: Buffer[] = []
  for (let at = 32; at + 24 + PAGE <= bytes.length; at += 24 + PAGE) {
    const pageNo = bytes.readUInt32BE(at)
    frames.push(decryptPage(bytes.subarray(at + 24, at + 24 + PAGE), key, pageNo))
  }
  return Buffer.concat(frames)
}

/** The whole vault database as plaintext: the file's pages, then the WAL's frames. */
export function decryptedVault(dataDir: string, key: Buffer): Buffer {
  return Buffer.concat([decryptDatabaseFile(dbPath(dataDir), key), decryptWalFile(`${dbPath(dataDir)}-wal`, key)])
}

/** Which of `texts` occur, as UTF-8 bytes, in `plain`. */
export const foundIn = (plain: Buffer, texts: readonly string[]): string[] => texts.filter((text) => plain.includes(Buffer.from(text, 'utf8')))

/** Every run of three characters of `text` (what a trigram index stores as its terms). */
export function trigramsOf(text: string): string[] {
  const chars = [...text]
  return chars.slice(0, -2).map((_, i) => chars.slice(i, i + 3).join(''))
}
