import { en } from './en'
import { zhCN } from './zh-CN'

export const LOCALES = ['zh-CN', 'en'] as const
export type Locale = (typeof LOCALES)[number]

/** Core messages by locale; the renderer merges its own UI strings on top. */
export const coreMessages = { 'zh-CN': zhCN, en } as const

/** Looks a dotted key up in a message tree and fills `{{name}}` placeholders (for CLI and tests). */
export function translate(locale: Locale, key: string, params: Record<string, string | number> = {}): string | undefined {
  let node: unknown = coreMessages[locale]
  for (const part of key.split('.')) {
    if (node === null || typeof node !== 'object') return undefined
    node = (node as Record<string, unknown>)[part]
  }
  if (typeof node !== 'string') return undefined
  return node.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? `{{${name}}}`))
}
