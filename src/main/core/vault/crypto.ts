import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes, randomInt, scrypt, timingSafeEqual } from 'node:crypto'

/** scrypt at the OWASP minimum (DESIGN.md): N=2^17, r=8, p=1. Needs ~128 MiB, so maxmem is raised. */
export const KDF_PARAMS = { name: 'scrypt', N: 2 ** 17, r: 8, p: 1 } as const
export type KdfParams = { name: 'scrypt'; N: number; r: number; p: number }
const SCRYPT_MAXMEM = 256 * 1024 * 1024

export const DEK_BYTES = 32

/** Passwords typed through different IMEs (full-width digits, composed characters) unlock the same. */
export const normalizeSecret = (secret: string): string => secret.normalize('NFKC')

export function deriveKek(secret: string, salt: Buffer, params: KdfParams): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(
      normalizeSecret(secret),
      salt,
      32,
      { N: params.N, r: params.r, p: params.p, maxmem: SCRYPT_MAXMEM },
      (err, key) => (err ? reject(err) : resolve(key))
    )
  })
}

export interface Wrapped {
  iv: string
  tag: string
  ct: string
}

/** AES-256-GCM; the AAD binds a wrapped key to its vault and slot, so slots cannot be swapped. */
export function wrapKey(kek: Buffer, dek: Buffer, aad: string): Wrapped {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', kek, iv)
  cipher.setAAD(Buffer.from(aad, 'utf8'))
  const ct = Buffer.concat([cipher.update(dek), cipher.final()])
  return { iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'), ct: ct.toString('base64') }
}

/** The DEK, or null when the KEK is wrong or the slot was altered (GCM cannot tell which). */
export function unwrapKey(kek: Buffer, wrapped: Wrapped, aad: string): Buffer | null {
  try {
    const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(wrapped.iv, 'base64'))
    decipher.setAAD(Buffer.from(aad, 'utf8'))
    decipher.setAuthTag(Buffer.from(wrapped.tag, 'base64'))
    const dek = Buffer.concat([decipher.update(Buffer.from(wrapped.ct, 'base64')), decipher.final()])
    return dek.length === DEK_BYTES ? dek : null
  } catch {
    return null
  }
}

/** Slot lookup by username without writing the username to vault.json. */
export const usernameLookup = (lookupSalt: Buffer, username: string): string =>
  createHmac('sha256', lookupSalt).update(username.trim().toLowerCase(), 'utf8').digest('hex')

/** vault.json is signed with a key derived from the DEK: only someone who can open the vault can re-sign it. */
export function vaultMac(dek: Buffer, canonicalBody: string): string {
  const macKey = Buffer.from(hkdfSync('sha256', dek, Buffer.alloc(0), 'xinan vault.json mac v1', 32))
  try {
    return createHmac('sha256', macKey).update(canonicalBody, 'utf8').digest('hex')
  } finally {
    macKey.fill(0)
  }
}

export function macsEqual(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex')
  const y = Buffer.from(b, 'hex')
  return x.length === y.length && x.length > 0 && timingSafeEqual(x, y)
}

// Crockford base32: no I, L, O, U, so a code copied by hand is hard to misread.
const RECOVERY_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
export const RECOVERY_GROUPS = 5
const GROUP_LENGTH = 5

/** 25 symbols × 5 bits = 125 bits, printed as five groups: `7KQ2M-…`. */
export function newRecoveryCode(): string {
  const groups: string[] = []
  for (let g = 0; g < RECOVERY_GROUPS; g++) {
    let group = ''
    for (let i = 0; i < GROUP_LENGTH; i++) group += RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]
    groups.push(group)
  }
  return groups.join('-')
}

/** Forgives case, spaces, dashes and the look-alikes Crockford base32 maps (O→0, I/L→1). */
export function normalizeRecoveryCode(input: string): string {
  return input
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1')
}

export function recoveryGroups(code: string): string[] {
  const flat = normalizeRecoveryCode(code)
  const groups: string[] = []
  for (let i = 0; i < flat.length; i += GROUP_LENGTH) groups.push(flat.slice(i, i + GROUP_LENGTH))
  return groups
}

/** The DEK as the raw-key form SQLCipher takes (`x'…'`), in a buffer the caller zeroes after use. */
export function sqlcipherRawKey(dek: Buffer): Buffer {
  return Buffer.from(`x'${dek.toString('hex')}'`, 'latin1')
}
