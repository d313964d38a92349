import { verifyAudit, type VerifyResult } from '../core/audit/log'
import { systemClock, type Clock } from '../core/clock'
import { connect } from '../core/db/connection'
import { InvalidCredentialsError } from '../core/vault/errors'
import { Vault, type Unwrapped } from '../core/vault/vault'

/** The vault says "wrong username or password" for any failed unwrap; here only the code can be wrong. */
export class WrongRecoveryCodeError extends Error {
  constructor() {
    super('Wrong recovery code. / 恢复码不正确。')
    this.name = 'WrongRecoveryCodeError'
  }
}

async function unwrap(vault: Vault, recoveryCode: string): Promise<Unwrapped> {
  try {
    return await vault.unwrapWithRecoveryCode(recoveryCode)
  } catch (error) {
    throw error instanceof InvalidCredentialsError ? new WrongRecoveryCodeError() : error
  }
}

export interface RecoveredKey {
  dbPath: string
  /** The DEK in SQLCipher's raw-key form, `x'<64 hex>'`. */
  rawKey: string
}

/**
 * The "no lock-in" promise: the recovery code alone unwraps the database key, which opens
 * xinan.db in any SQLCipher 4 tool. The unwrap goes through the vault's recovery slot, with its
 * throttle, so a wrong code is counted (and logged at the next unlock) like one typed in the app.
 */
export async function rawKeyFromRecoveryCode(dataDir: string, recoveryCode: string, clock: Clock = systemClock): Promise<RecoveredKey> {
  const vault = new Vault(dataDir, clock)
  const { dek } = await unwrap(vault, recoveryCode)
  try {
    return { dbPath: vault.dbPath, rawKey: `x'${dek.toString('hex')}'` }
  } finally {
    dek.fill(0)
  }
}

/**
 * What to type into the stock `sqlcipher` shell. It must be SQLCipher 4.x (`PRAGMA cipher_version;`):
 * 3.x shells, such as Debian 12's sqlcipher 3.4.1 package, cannot read SQLCipher 4 files. The key
 * comes first: SQLCipher applies cipher_compatibility to the keyed database.
 */
export function sqlcipherShellCommands(key: RecoveredKey): string {
  const quotedPath = `'${key.dbPath.replace(/'/g, `'\\''`)}'`
  return [
    `sqlcipher ${quotedPath}`,
    `PRAGMA key = "${key.rawKey}";`,
    'PRAGMA cipher_compatibility = 4;',
    'SELECT count(*) FROM sqlite_master;',
    '.tables'
  ].join('\n')
}

/**
 * Walks the audit chain with the recovery code, for a director who cannot log in or an
 * inspector given the code. Opens the database the way the app does (connect: checks, migrations,
 * WAL) but writes no audit row of its own.
 */
export async function verifyAuditWithRecoveryCode(dataDir: string, recoveryCode: string, clock: Clock = systemClock): Promise<VerifyResult> {
  const vault = new Vault(dataDir, clock)
  const { dek, file } = await unwrap(vault, recoveryCode)
  try {
    const conn = connect(vault.dbPath, dek, file.body.vaultId, { create: false, now: clock.now().toISOString() })
    try {
      return verifyAudit(conn.sqlite)
    } finally {
      conn.sqlite.close()
    }
  } finally {
    dek.fill(0)
  }
}
