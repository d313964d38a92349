/** The core takes a roster as base64 (about 30 MB of file at most: the contract's 40 M characters). */
export const MAX_FILE_BYTES = 30_000_000
export const ACCEPTED = ['.csv', '.xlsx'] as const

export interface RosterFile {
  name: string
  size: number
  contentBase64: string
}

/**
 * base64 in slices: one String.fromCharCode(...bytes) over 30 MB would overflow the call stack.
 * Each slice is a multiple of 3 bytes, so the encoded slices join without padding in between.
 */
export function toBase64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer)
  const slice = 3 * 16_384
  const parts: string[] = []
  for (let start = 0; start < bytes.length; start += slice) {
    const chunk = bytes.subarray(start, start + slice)
    let binary = ''
    for (let i = 0; i < chunk.length; i++) binary += String.fromCharCode(chunk[i]!)
    parts.push(btoa(binary))
  }
  return parts.join('')
}

export function isAccepted(fileName: string): boolean {
  const lower = fileName.toLowerCase()
  return ACCEPTED.some((ext) => lower.endsWith(ext))
}

/** "1.2 MB" / "350 KB" in the reader's language. */
export function formatSize(bytes: number, locale: string): string {
  const mega = bytes >= 1_000_000
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: mega ? 'megabyte' : 'kilobyte',
    unitDisplay: 'short',
    maximumFractionDigits: 1
  }).format(mega ? bytes / 1_000_000 : Math.max(0.1, bytes / 1_000))
}
