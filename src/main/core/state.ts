import type { Role } from '@shared/roles'
import type { Connection } from './db/connection'
import { VaultLockedError } from './errors'

export interface Session {
  userId: string
  username: string
  role: Role
  mustChangePassword: boolean
  idleTimeoutMinutes: number
  lastActivityMs: number
}

/**
 * What is unlocked right now. XinAn runs on one PC for one person at the keyboard: there is at
 * most one open database and one session, and locking ends both.
 */
export class CoreState {
  private open: { conn: Connection; dek: Buffer } | null = null
  session: Session | null = null
  /** Whether this process has had a session (a later call without one is "locked", not "never logged in"). */
  hadSession = false

  get isOpen(): boolean {
    return this.open !== null
  }

  get conn(): Connection {
    if (!this.open) throw new VaultLockedError()
    return this.open.conn
  }

  get dek(): Buffer {
    if (!this.open) throw new VaultLockedError()
    return this.open.dek
  }

  attach(conn: Connection, dek: Buffer): void {
    this.detach()
    this.open = { conn, dek }
  }

  startSession(session: Session): void {
    this.session = session
    this.hadSession = true
  }

  /** Closes the database and zeroes the key; the session ends with it. */
  detach(): void {
    if (this.open) {
      try {
        this.open.conn.sqlite.close()
      } finally {
        this.open.dek.fill(0)
        this.open = null
      }
    }
    this.session = null
  }
}
