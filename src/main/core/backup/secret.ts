import { randomBytes } from 'node:crypto'
import { canonicalBody, readVaultFile, VAULT_FILE } from '../vault/file'
import { deriveKek, KDF_PARAMS, macsEqual, normalizeRecoveryCode, unwrapKey, usernameLookup, vaultMac } from '../vault/crypto'
import { slotAad } from '../vault/vault'
import { BackupTamperedError, BackupWrongSecretError } from './errors'

/** What opens a backup when the running app has no key: a fresh install, or a broken vault. */
export type BackupSecret = { recoveryCode: string } | { username: string; password: string }

/**
 * The DEK from a backup's own copy of vault.json, with a password or the recovery code that
 * was valid when the backup was made. The caller zeroes it. Nothing is written: a backup on a
 * drive keeps no throttle (scrypt's cost is what slows guessing there, as for any copy).
 */
export async function unwrapBackupKey(dir: string, secret: BackupSecret): Promise<Buffer> {
  let file
  try {
    file = readVaultFile(dir)
  } catch {
    throw new BackupTamperedError(VAULT_FILE)
  }
  if (!file) throw new BackupTamperedError(VAULT_FILE)
  let slot
  let text: string
  if ('recoveryCode' in secret) {
    slot = file.body.slots.find((s) => s.kind === 'recovery')
    text = normalizeRecoveryCode(secret.recoveryCode)
  } else {
    const lookup = usernameLookup(Buffer.from(file.body.lookupSalt, 'base64'), secret.username)
    slot = file.body.slots.find((s) => s.kind === 'user' && s.lookup === lookup)
    text = secret.password
  }
  // An unknown username costs the same KDF as a known one, as at the login screen.
  const kdf = slot?.kdf ?? { ...KDF_PARAMS, salt: randomBytes(16).toString('base64') }
  const kek = await deriveKek(text, Buffer.from(kdf.salt, 'base64'), kdf)
  const dek = slot ? unwrapKey(kek, slot.wrapped, slotAad(file.body.vaultId, slot.id)) : null
  kek.fill(0)
  if (!dek) throw new BackupWrongSecretError()
  if (!macsEqual(file.mac, vaultMac(dek, canonicalBody(file.body)))) {
    dek.fill(0)
    throw new BackupTamperedError(VAULT_FILE)
  }
  return dek
}
