import type Database from 'better-sqlite3'

/** Moves every page in the WAL into the file and empties the WAL; throws if a reader held it back. */
function checkpointAndEmptyWal(sqlite: Database.Database): void {
  const [result] = sqlite.pragma('wal_checkpoint(TRUNCATE)') as { busy: number; log: number; checkpointed: number }[]
  if (result && result.busy !== 0) throw new Error('retention: the WAL could not be emptied (another connection is reading)')
}

/**
 * After a purge has committed: rebuilds the file so that no free page or old page version
 * holds what was destroyed. The checkpoint before VACUUM writes the purge's (overwritten) pages
 * over their old versions in the file; VACUUM rebuilds the database and drops the free pages;
 * the checkpoint after it moves the rebuilt pages in, truncates the file to its new size and
 * the WAL to zero bytes, so neither keeps an old page.
 *
 * VACUUM keeps every row's rowid (the full-text indexes point at them: tests/unit/retention
 * checks both searches after a purge). It builds the new file in temporary storage, which
 * SQLCipher does not encrypt, so it refuses a connection whose temporary storage is not memory.
 * Must run outside a transaction (SQLite cannot VACUUM inside one).
 */
export function vacuumAfterPurge(sqlite: Database.Database): void {
  if (sqlite.inTransaction) throw new Error('vacuumAfterPurge called inside a transaction')
  if (sqlite.pragma('temp_store', { simple: true }) !== 2) throw new Error('vacuumAfterPurge needs a connection with temp_store=MEMORY')
  const wal = sqlite.pragma('journal_mode', { simple: true }) === 'wal'
  if (wal) checkpointAndEmptyWal(sqlite)
  sqlite.exec('VACUUM')
  if (wal) checkpointAndEmptyWal(sqlite)
}
