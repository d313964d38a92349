import type Database from 'better-sqlite3'
import type { Clock } from './clock'
import type { Orm } from './db/connection'
import type { PdfEngine } from './reports/pdf'
import { appendAudit, type AuditEntry } from './audit/log'
import { VaultLockedError } from './errors'
import type { CoreState, Session } from './state'
import type { Vault } from './vault/vault'

/** One transaction of one call: the act and its audit rows commit together. */
export interface Tx {
  orm: Orm
  sqlite: Database.Database
  now: Date
  /** `now` as ISO-8601 UTC, for created_at / updated_at. */
  at: string
  audit(entry: AuditEntry): void
}

/** What a channel handler may use. Services take what they need from it as arguments. */
export class CallContext {
  constructor(
    readonly clock: Clock,
    readonly vault: Vault,
    readonly state: CoreState,
    /** Renders reports to PDF (Electron's printToPDF in the app, headless Chromium elsewhere). */
    readonly pdf: PdfEngine
  ) {}

  /** The logged-in session (the core has already checked access before the handler runs). */
  session(): Session {
    if (!this.state.session) throw new VaultLockedError()
    return this.state.session
  }

  /** Runs `fn` in one transaction; its audit rows are attributed to the session's user. */
  tx<T>(fn: (t: Tx) => T, userId: string | null = this.state.session?.userId ?? null): T {
    const { sqlite, orm } = this.state.conn
    const now = this.clock.now()
    const at = now.toISOString()
    return sqlite.transaction(() => fn({ orm, sqlite, now, at, audit: (entry) => appendAudit(sqlite, at, userId, entry) }))()
  }
}
