import { randomBytes, randomUUID } from 'node:crypto'
import { existsSync, renameSync, rmSync } from 'node:fs'
import type { Clock } from '../clock'
import {
  deriveKek,
  KDF_PARAMS,
  macsEqual,
  normalizeRecoveryCode,
  unwrapKey,
  usernameLookup,
  vaultMac,
  wrapKey,
  type KdfParams
} from './crypto'
import {
  DatabaseMissingError,
  InvalidCredentialsError,
  ThrottledError,
  VaultAlreadySetUpError,
  VaultFileMissingError,
  VaultTamperedError
} from './errors'
import {
  canonicalBody,
  dbPath,
  readVaultFile,
  writeVaultFile,
  type PendingEvent,
  type Slot,
  type VaultBody,
  type VaultFile
} from './file'
import { afterFailure, secondsUntilNextAttempt } from './throttle'

const RECOVERY_THROTTLE_KEY = 'recovery'

export type VaultProbe = { state: 'setup' } | { state: 'ready'; label: string }

export interface Unwrapped {
  dek: Buffer
  slot: Slot
  file: VaultFile
}

/**
 * vault.json: the key slots that wrap the database key (DESIGN.md, "Vault and encryption").
 * Every change is signed with a key derived from the DEK, so only a holder of the DEK can make one.
 */
export class Vault {
  constructor(
    readonly dataDir: string,
    private readonly clock: Clock
  ) {}

  get dbPath(): string {
    return dbPath(this.dataDir)
  }

  /** Where a new database is built during setup, before vault.json exists. */
  get pendingDbPath(): string {
    return `${this.dbPath}.new`
  }

  /** First run, or a vault that looks complete; throws a named error for anything half-made. */
  probe(): VaultProbe {
    const file = readVaultFile(this.dataDir)
    if (!file) {
      if (existsSync(this.dbPath)) throw new VaultFileMissingError()
      // A setup that stopped before vault.json was written holds no one's records yet.
      rmSync(this.pendingDbPath, { force: true })
      return { state: 'setup' }
    }
    // A setup that stopped between writing vault.json and renaming its database: finish it.
    if (!existsSync(this.dbPath) && existsSync(this.pendingDbPath)) renameSync(this.pendingDbPath, this.dbPath)
    // Said on the first screen, before anyone types a password that could not open anything.
    if (!existsSync(this.dbPath)) throw new DatabaseMissingError()
    return { state: 'ready', label: file.body.label }
  }

  /** Writes vault.json for a database already built at pendingDbPath, then moves the database in place. */
  async create(opts: {
    vaultId: string
    label: string
    dek: Buffer
    admin: { userId: string; username: string; password: string }
    recoveryCode: string
  }): Promise<void> {
    if (readVaultFile(this.dataDir) || existsSync(this.dbPath)) throw new VaultAlreadySetUpError()
    const lookupSalt = randomBytes(16)
    const body: VaultBody = {
      vaultId: opts.vaultId,
      createdAt: this.clock.now().toISOString(),
      label: opts.label,
      cipher: { name: 'sqlcipher', legacy: 4 },
      lookupSalt: lookupSalt.toString('base64'),
      slots: []
    }
    body.slots.push(
      await makeSlot(body, 'user', opts.admin.userId, usernameLookup(lookupSalt, opts.admin.username), opts.admin.password, opts.dek),
      await makeSlot(body, 'recovery', null, null, normalizeRecoveryCode(opts.recoveryCode), opts.dek)
    )
    const file: VaultFile = { format: 'xinan-vault', version: 1, body, mac: '', throttle: {}, pendingAudit: [] }
    this.writeSigned(file, opts.dek)
    renameSync(this.pendingDbPath, this.dbPath)
  }

  label(): string {
    return this.read().body.label
  }

  /** The DEK for a username and password, after the throttle allows an attempt. */
  async unwrapWithPassword(username: string, password: string): Promise<Unwrapped> {
    const file = this.read()
    const lookup = usernameLookup(Buffer.from(file.body.lookupSalt, 'base64'), username)
    const slot = file.body.slots.find((s) => s.kind === 'user' && s.lookup === lookup)
    return this.unwrap(file, lookup, slot, password, 'auth.login_failed')
  }

  async unwrapWithRecoveryCode(code: string): Promise<Unwrapped> {
    const file = this.read()
    const slot = file.body.slots.find((s) => s.kind === 'recovery')
    return this.unwrap(file, RECOVERY_THROTTLE_KEY, slot, normalizeRecoveryCode(code), 'auth.recover_failed')
  }

  /** A new slot for a user (new account, password change, reset); nothing is written until saveSlots. */
  async newUserSlot(dek: Buffer, userId: string, username: string, password: string): Promise<Slot> {
    const file = this.readVerified(dek)
    const lookup = usernameLookup(Buffer.from(file.body.lookupSalt, 'base64'), username)
    return makeSlot(file.body, 'user', userId, lookup, password, dek)
  }

  async newRecoverySlot(dek: Buffer, recoveryCode: string): Promise<Slot> {
    return makeSlot(this.readVerified(dek).body, 'recovery', null, null, normalizeRecoveryCode(recoveryCode), dek)
  }

  /**
   * One signed write: each slot in `put` replaces the slot of the same user (or the recovery
   * slot); `removeUserId` drops a user's slot, so their password no longer opens anything.
   */
  saveSlots(dek: Buffer, change: { put?: Slot[]; removeUserId?: string }): void {
    const file = this.readVerified(dek)
    const replaced = (s: Slot): boolean =>
      (change.put ?? []).some((p) => (p.kind === 'recovery' ? s.kind === 'recovery' : s.userId === p.userId)) ||
      (change.removeUserId !== undefined && s.userId === change.removeUserId)
    file.body.slots = [...file.body.slots.filter((s) => !replaced(s)), ...(change.put ?? [])]
    this.writeSigned(file, dek)
  }

  setLabel(dek: Buffer, label: string): void {
    const file = this.readVerified(dek)
    if (file.body.label === label) return
    file.body.label = label
    this.writeSigned(file, dek)
  }

  /** Events recorded while the database was closed, oldest first. */
  pendingEvents(): PendingEvent[] {
    return this.read().pendingAudit
  }

  /** An event to write to the audit log at the next unlock (the database is closed or was just replaced). */
  addPendingEvent(event: PendingEvent): void {
    const file = this.read()
    file.pendingAudit = [...file.pendingAudit, event].slice(-10_000)
    writeVaultFile(this.dataDir, file)
  }

  /**
   * After a successful unlock, once the pending events are in the audit log: forget them and
   * the failures of the account (or recovery code) that just succeeded.
   */
  clearAfterUnlock(flushed: number, throttleKey: string): void {
    const file = this.read()
    file.pendingAudit = file.pendingAudit.slice(flushed)
    delete file.throttle[throttleKey]
    writeVaultFile(this.dataDir, file)
  }

  throttleKeyFor(username: string | null): string {
    if (username === null) return RECOVERY_THROTTLE_KEY
    return usernameLookup(Buffer.from(this.read().body.lookupSalt, 'base64'), username)
  }

  get vaultId(): string {
    return this.read().body.vaultId
  }

  private async unwrap(
    file: VaultFile,
    throttleKey: string,
    slot: Slot | undefined,
    secret: string,
    failure: PendingEvent['action']
  ): Promise<Unwrapped> {
    const now = this.clock.now()
    const wait = secondsUntilNextAttempt(file.throttle[throttleKey], now)
    if (wait > 0) {
      this.recordFailure(file, throttleKey, { at: now.toISOString(), action: 'auth.login_throttled', userId: slot?.userId ?? null }, false)
      throw new ThrottledError(wait)
    }
    // An unknown username costs the same KDF as a known one, so timing does not tell which exist.
    const kdf = slot?.kdf ?? { ...KDF_PARAMS, salt: randomBytes(16).toString('base64') }
    const kek = await deriveKek(secret, Buffer.from(kdf.salt, 'base64'), kdf)
    const dek = slot ? unwrapKey(kek, slot.wrapped, slotAad(file.body.vaultId, slot.id)) : null
    kek.fill(0)
    if (!dek || !slot) {
      this.recordFailure(file, throttleKey, { at: now.toISOString(), action: failure, userId: slot?.userId ?? null }, true)
      throw new InvalidCredentialsError()
    }
    if (!macsEqual(file.mac, vaultMac(dek, canonicalBody(file.body)))) {
      dek.fill(0)
      throw new VaultTamperedError()
    }
    return { dek, slot, file }
  }

  private recordFailure(file: VaultFile, throttleKey: string, event: PendingEvent, counts: boolean): void {
    if (counts) file.throttle[throttleKey] = afterFailure(file.throttle[throttleKey], this.clock.now())
    // Keep the newest events if someone hammers the login screen for days.
    file.pendingAudit = [...file.pendingAudit, event].slice(-10_000)
    writeVaultFile(this.dataDir, file)
  }

  private read(): VaultFile {
    const file = readVaultFile(this.dataDir)
    if (!file) throw new VaultFileMissingError()
    return file
  }

  private readVerified(dek: Buffer): VaultFile {
    const file = this.read()
    if (!macsEqual(file.mac, vaultMac(dek, canonicalBody(file.body)))) throw new VaultTamperedError()
    return file
  }

  private writeSigned(file: VaultFile, dek: Buffer): void {
    file.mac = vaultMac(dek, canonicalBody(file.body))
    writeVaultFile(this.dataDir, file)
  }
}

/** The AAD of a key slot; backups unwrap their own copy of vault.json with it. */
export const slotAad = (vaultId: string, slotId: string): string => `xinan-slot:${vaultId}:${slotId}`

async function makeSlot(
  body: VaultBody,
  kind: Slot['kind'],
  userId: string | null,
  lookup: string | null,
  secret: string,
  dek: Buffer
): Promise<Slot> {
  const id = randomUUID()
  const salt = randomBytes(16)
  const kdf: KdfParams = { ...KDF_PARAMS }
  const kek = await deriveKek(secret, salt, kdf)
  try {
    const wrapped = wrapKey(kek, dek, slotAad(body.vaultId, id))
    return { id, kind, userId, lookup, kdf: { ...kdf, salt: salt.toString('base64') }, wrapped }
  } finally {
    kek.fill(0)
  }
}
