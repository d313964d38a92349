const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Every piece of text a report prints goes through this: names and notes are typed by people. */
export function escapeHtml(value: string | number): string {
  return String(value).replaceAll(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c)
}

/**
 * A CSS string literal (for `content:` in page margins). Anything but letters, digits and
 * spaces becomes a hex escape, so no quote, backslash, newline or `</style>` can end it.
 */
export function cssString(value: string): string {
  const escaped = [...value].map((c) => (/[\p{L}\p{N} ]/u.test(c) ? c : `\\${c.codePointAt(0)?.toString(16) ?? ''} `)).join('')
  return `"${escaped}"`
}

/** A logo is printed only if it is an image data URL (the settings contract admits nothing else). */
export function safeImageDataUrl(value: string | null): string | null {
  return value && /^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=]+$/.test(value) ? value : null
}
