import { SHIPPED_CATEGORY_KEYS } from '@shared/contract/noteEnums'
import type { FieldIssue } from '@shared/errors'
import { sql } from 'drizzle-orm'
import type { Tx } from '../context'
import type { Orm } from '../db/connection'
import { AppError } from '../errors'
import { readSetting, writeSetting } from '../settings/store'
import type { ProblemCategory } from './shipped/categories'

export type { ProblemCategory } from './shipped/categories'

/** The centre's problem categories in their order (the shipped twelve until the admin saves). */
export function readCategories(orm: Orm): ProblemCategory[] {
  return readSetting(orm, 'problemCategories')
}

/** The keys a note may be filed under now (retired ones stay on old notes, not on new ones). */
export function activeCategoryKeys(orm: Orm): Set<string> {
  return new Set(readCategories(orm).filter((c) => c.active).map((c) => c.key))
}

const SHIPPED = new Set<string>(SHIPPED_CATEGORY_KEYS)

/** Whether any note (draft or signed) is filed under the key. */
function inUse(t: Tx, key: string): boolean {
  return t.orm.get<{ one: number } | undefined>(sql`SELECT 1 AS one FROM notes, json_each(notes.categories) c WHERE c.value = ${key} LIMIT 1`) !== undefined
}

/**
 * Saves the list (admin): names, order, new keys, active or retired. A key the statistics count
 * (a shipped one, or any key a note uses) may be retired but never dropped; an unused key of the
 * centre's own may be. At least one category stays active, and no two share a name.
 */
export function saveCategories(t: Tx, list: readonly ProblemCategory[]): ProblemCategory[] {
  const issues: FieldIssue[] = []
  const seenKeys = new Set<string>()
  const seenNames = { 'zh-CN': new Set<string>(), en: new Set<string>() }
  list.forEach((category, i) => {
    if (seenKeys.has(category.key)) issues.push({ path: `categories.${i}.key`, messageKey: 'validation.duplicate' })
    seenKeys.add(category.key)
    for (const locale of ['zh-CN', 'en'] as const) {
      const name = category[locale].trim().toLowerCase()
      if (seenNames[locale].has(name)) issues.push({ path: `categories.${i}.${locale}`, messageKey: 'validation.duplicate' })
      seenNames[locale].add(name)
    }
  })
  if (!list.some((c) => c.active)) issues.push({ path: 'categories', messageKey: 'errors.noteSettings.noActiveCategory' })
  if (issues.length > 0) throw new AppError('VALIDATION', 'errors.validation', undefined, issues)

  const dropped = readCategories(t.orm).filter((c) => !seenKeys.has(c.key))
  const kept = dropped.filter((c) => SHIPPED.has(c.key) || inUse(t, c.key))
  if (kept.length > 0) throw new AppError('CONFLICT', 'errors.noteSettings.categoryInUse')

  const saved = list.map((c) => ({ key: c.key, 'zh-CN': c['zh-CN'].trim(), en: c.en.trim(), active: c.active }))
  writeSetting(t.orm, 'problemCategories', saved, t.at)
  t.audit({
    action: 'notes.categories.save',
    summary: { categories: saved.length, active: saved.filter((c) => c.active).length, dropped: dropped.length }
  })
  return readCategories(t.orm)
}
