import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { canonicalJson } from '../../../src/main/core/util/canonicalJson'
import { deriveKek, type KdfParams } from '../../../src/main/core/vault/crypto'
import { readVaultFile, vaultPath, type VaultFile } from '../../../src/main/core/vault/file'

const sha256 = (data: Buffer | string): string => createHash('sha256').update(data).digest('hex')

/** vault.json as the core parses it (throws on a file the core would call corrupt). */
export function readVault(dataDir: string): VaultFile {
  const file = readVaultFile(dataDir)
  if (!file) throw new Error('no vault.json')
  return file
}

/** vault.json as plain JSON, for a test that edits it. */
export const readVaultJson = (dataDir: string): VaultFile => JSON.parse(readFileSync(vaultPath(dataDir), 'utf8')) as VaultFile

/** Written the way the core writes it (pretty JSON, trailing newline). */
export function writeVaultJson(dataDir: string, file: unknown): void {
  writeFileSync(vaultPath(dataDir), `${JSON.stringify(file, null, 2)}\n`)
}

/**
 * The part of vault.json only a holder of the key may change: format, body and its mac.
 * `throttle` and `pendingAudit` are unsigned by design (written while locked).
 */
export function vaultSignedDigest(dataDir: string): string {
  const file = readVaultJson(dataDir)
  return sha256(canonicalJson({ format: file.format, version: file.version, body: file.body, mac: file.mac }))
}

/** Every file under a dir (recursively) → sha256 of its bytes. */
export function snapshotDir(dir: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const path = join(entry.parentPath, entry.name)
    out[relative(dir, path)] = sha256(readFileSync(path))
  }
  return out
}

/** Every file under a dir (recursively) → its bytes. */
export function readAllFiles(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>()
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const path = join(entry.parentPath, entry.name)
    out.set(relative(dir, path), readFileSync(path))
  }
  return out
}

/**
 * Snapshot where vault.json is reduced to its signed part: what must stay byte-identical when a
 * password attempt was counted (that attempt legitimately updates throttle/pendingAudit).
 */
export function snapshotSigned(dir: string): Record<string, string> {
  return { ...snapshotDir(dir), 'vault.json': `signed:${vaultSignedDigest(dir)}` }
}

export const deriveKey = (secret: string, kdf: KdfParams & { salt: string }): Promise<Buffer> =>
  deriveKek(secret, Buffer.from(kdf.salt, 'base64'), kdf)

export { sha256 }
