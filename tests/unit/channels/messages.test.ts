import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { coreMessages, LOCALES, translate } from '@shared/i18n'
import { describe, expect, it } from 'vitest'

const ROOT = join(import.meta.dirname, '../../..')

/** Every .ts file under the dirs, except the message catalogues themselves. */
function sources(...dirs: string[]): string[] {
  return dirs.flatMap((dir) =>
    readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith('.ts') && !join(e.parentPath, e.name).includes(join('src', 'shared', 'i18n')))
      .map((e) => join(e.parentPath, e.name))
  )
}

/** String literals that look like message keys: 'errors.x', "validation.y", `errors.z`. */
function messageKeysIn(files: string[]): Map<string, string> {
  const keys = new Map<string, string>()
  for (const file of files) {
    for (const match of readFileSync(file, 'utf8').matchAll(/['"`]((?:errors|validation)\.[A-Za-z0-9_.]+)['"`]/g)) {
      keys.set(match[1]!, file)
    }
  }
  return keys
}

function leafKeys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : leafKeys(v as object, `${prefix}${k}.`)))
}

describe('the messages the core answers with', () => {
  const keys = messageKeysIn(sources('src/main/core', 'src/shared'))

  it('are found in the sources (the scan itself works)', () => {
    expect(keys.size).toBeGreaterThan(40)
    expect(keys.has('errors.vault.dbNotOurs')).toBe(true)
    expect(keys.has('validation.passwordTooShort')).toBe(true)
  })

  it.each(LOCALES)('every key used by the core exists in %s', (locale) => {
    const missing = [...keys.keys()].filter((key) => translate(locale, key) === undefined)
    expect(missing).toEqual([])
  })

  it('both languages have the same keys with the same {{placeholders}}', () => {
    const zh = leafKeys(coreMessages['zh-CN'])
    expect(leafKeys(coreMessages.en)).toEqual(zh)
    const placeholders = (text: string | undefined): string[] => [...(text ?? '').matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!).sort()
    for (const key of zh) {
      expect(placeholders(translate('en', key)), key).toEqual(placeholders(translate('zh-CN', key)))
    }
  })

  it('fill their placeholders', () => {
    expect(translate('en', 'errors.auth.throttled', { seconds: 5 })).toBe('Too many attempts. Try again in 5 seconds.')
    expect(translate('zh-CN', 'errors.auth.throttled', { seconds: 5 })).toBe('尝试次数过多，请 5 秒后再试。')
  })
})
