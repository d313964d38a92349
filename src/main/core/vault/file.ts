import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { writeFileAtomic } from '../util/atomicWrite'
import { canonicalJson } from '../util/canonicalJson'
import { KDF_PARAMS } from './crypto'
import { VaultCorruptError } from './errors'

const b64 = z.string().regex(/^[A-Za-z0-9+/]+=*$/)
const hex64 = z.string().regex(/^[0-9a-f]{64}$/)

const slotSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(['user', 'recovery']),
    /** The user a password slot belongs to; null for the recovery slot. */
    userId: z.uuid().nullable(),
    /** HMAC of the username under the vault's lookup salt; null for the recovery slot. */
    lookup: hex64.nullable(),
    kdf: z
      .object({
        name: z.literal('scrypt'),
        // Never weaker than DESIGN.md's parameters, whatever the file says.
        N: z.number().int().min(KDF_PARAMS.N),
        r: z.number().int().min(KDF_PARAMS.r),
        p: z.number().int().min(KDF_PARAMS.p),
        salt: b64
      })
      .strict(),
    wrapped: z.object({ iv: b64, tag: b64, ct: b64 }).strict()
  })
  .strict()
export type Slot = z.infer<typeof slotSchema>

const bodySchema = z
  .object({
    vaultId: z.uuid(),
    createdAt: z.string(),
    /** The centre's name, for the login screen (the database is closed there). */
    label: z.string().max(200),
    cipher: z.object({ name: z.literal('sqlcipher'), legacy: z.literal(4) }).strict(),
    lookupSalt: b64,
    slots: z.array(slotSchema).min(1)
  })
  .strict()
export type VaultBody = z.infer<typeof bodySchema>

/** What happened while the database was closed, to be written to the audit log at the next unlock. */
const pendingEventSchema = z
  .object({
    at: z.string(),
    action: z.enum(['auth.login_failed', 'auth.login_throttled', 'auth.recover_failed', 'backup.restored', 'backup.restore_failed']),
    userId: z.uuid().nullable(),
    /** Names and counts only (a restore: which backup, its time). */
    summary: z.record(z.string(), z.union([z.string(), z.number()])).optional()
  })
  .strict()
export type PendingEvent = z.infer<typeof pendingEventSchema>

const throttleSchema = z.object({ failures: z.number().int().min(0), lastFailureAt: z.string() }).strict()
export type ThrottleEntry = z.infer<typeof throttleSchema>

const vaultFileSchema = z
  .object({
    format: z.literal('xinan-vault'),
    version: z.literal(1),
    body: bodySchema,
    /** HMAC over the canonical body under a key derived from the DEK (crypto.vaultMac). */
    mac: hex64,
    // Unsigned: they change while the vault is locked, when there is no key to sign with.
    throttle: z.record(z.string(), throttleSchema),
    pendingAudit: z.array(pendingEventSchema).max(10_000)
  })
  .strict()
export type VaultFile = z.infer<typeof vaultFileSchema>

export const VAULT_FILE = 'vault.json'
export const DB_FILE = 'xinan.db'

export const vaultPath = (dataDir: string): string => join(dataDir, VAULT_FILE)
export const dbPath = (dataDir: string): string => join(dataDir, DB_FILE)

export const canonicalBody = (body: VaultBody): string => canonicalJson(body)

/** The parsed vault file, or null when there is none (first run). */
export function readVaultFile(dataDir: string): VaultFile | null {
  const path = vaultPath(dataDir)
  if (!existsSync(path)) return null
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'))
  } catch {
    throw new VaultCorruptError()
  }
  const parsed = vaultFileSchema.safeParse(raw)
  if (!parsed.success) throw new VaultCorruptError()
  return parsed.data
}

export function writeVaultFile(dataDir: string, file: VaultFile): void {
  writeFileAtomic(vaultPath(dataDir), `${JSON.stringify(file, null, 2)}\n`)
}
