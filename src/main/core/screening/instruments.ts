import { instrumentDefinition, type InstrumentDefinition, type InstrumentDto } from '@shared/contract/screening'
import type { FieldIssue } from '@shared/errors'
import type Database from 'better-sqlite3'
import { and, desc, eq, inArray, sql } from 'drizzle-orm'
import type { Tx } from '../context'
import { screeningInstruments } from '../db/schema'
import { AppError } from '../errors'
import type { Session } from '../state'
import { canonicalJson } from '../util/canonicalJson'
import { SHIPPED_INSTRUMENTS } from './shipped'

const SHIPPED_KEYS = SHIPPED_INSTRUMENTS.map((d) => d.key)

/** Databases known to hold every shipped instrument (see notes/templates.ts for why only a clean check marks one). */
const complete = new WeakSet<Database.Database>()

/** Inserts each shipped instrument that is missing, as version 1; idempotent, inside the caller's transaction. */
export function ensureShippedInstruments(t: Tx): void {
  if (complete.has(t.sqlite)) return
  const present = new Set(
    t.orm
      .selectDistinct({ key: screeningInstruments.key })
      .from(screeningInstruments)
      .where(inArray(screeningInstruments.key, SHIPPED_KEYS))
      .all()
      .map((r) => r.key)
  )
  const missing = SHIPPED_INSTRUMENTS.filter((d) => !present.has(d.key))
  if (missing.length === 0) {
    complete.add(t.sqlite)
    return
  }
  t.orm
    .insert(screeningInstruments)
    .values(missing.map((d) => ({ key: d.key, version: 1, definition: JSON.stringify(d), createdAt: t.at, createdBy: null })))
    .run()
}

/** Parsed definitions by their stored JSON: the list is asked for on every screen that shows a score. */
const parsed = new Map<string, InstrumentDefinition>()

function toDto(row: { key: string; version: number; definition: string }): InstrumentDto {
  let definition = parsed.get(row.definition)
  if (definition === undefined) {
    definition = instrumentDefinition.parse(JSON.parse(row.definition))
    if (parsed.size > 200) parsed.clear()
    parsed.set(row.definition, definition)
  }
  return { key: row.key, version: row.version, definition, shipped: SHIPPED_KEYS.includes(row.key) }
}

/** The version new results are scored with; null for an unknown key. */
export function currentInstrument(t: Tx, key: string): InstrumentDto | null {
  ensureShippedInstruments(t)
  const row = t.orm.select().from(screeningInstruments).where(eq(screeningInstruments.key, key)).orderBy(desc(screeningInstruments.version)).limit(1).get()
  return row ? toDto(row) : null
}

/** The version a result was scored with (its labels and bands). */
export function instrumentVersion(t: Tx, key: string, version: number): InstrumentDto | null {
  ensureShippedInstruments(t)
  const row = t.orm
    .select()
    .from(screeningInstruments)
    .where(and(eq(screeningInstruments.key, key), eq(screeningInstruments.version, version)))
    .get()
  return row ? toDto(row) : null
}

/** The current version of each instrument: shipped ones first in their order, then the centre's by key. */
export function listInstruments(t: Tx): InstrumentDto[] {
  ensureShippedInstruments(t)
  const rows = t.orm
    .select()
    .from(screeningInstruments)
    .where(sql`${screeningInstruments.version} = (SELECT max(v.version) FROM screening_instruments v WHERE v.key = ${screeningInstruments.key})`)
    .all()
  const order = (key: string): number => {
    const i = SHIPPED_KEYS.indexOf(key)
    return i === -1 ? SHIPPED_KEYS.length : i
  }
  return rows.sort((a, b) => order(a.key) - order(b.key) || a.key.localeCompare(b.key)).map(toDto)
}

/** What the schema cannot say: unique keys among factors, bands, rules, extras and levels; bands ascending. */
export function instrumentIssues(d: InstrumentDefinition, prefix = 'definition'): FieldIssue[] {
  const issues: FieldIssue[] = []
  const unique = (list: { key: string }[], at: string): void => {
    const seen = new Set<string>()
    list.forEach((x, i) => {
      if (seen.has(x.key)) issues.push({ path: `${prefix}.${at}.${i}.key`, messageKey: 'validation.duplicate' })
      seen.add(x.key)
    })
  }
  unique(d.factors, 'factors')
  unique(d.bands, 'bands')
  unique(d.flags, 'flags')
  unique(d.extras, 'extras')
  unique(d.levels, 'levels')
  d.bands.forEach((b, i) => {
    if (i > 0 && b.min <= (d.bands[i - 1]?.min ?? -Infinity)) issues.push({ path: `${prefix}.bands.${i}.min`, messageKey: 'validation.instrumentBands' })
  })
  return issues
}

/**
 * Saves a definition as the next version of its key (a new key starts at 1). Results keep the
 * version they were scored with. Saving what is already current makes no new version.
 */
export function saveInstrument(t: Tx, definition: InstrumentDefinition, session: Session): InstrumentDto {
  const def = instrumentDefinition.parse(definition)
  const issues = instrumentIssues(def)
  // The short name is what checkboxes, tables and charts show: two alike could not be told apart.
  if (listInstruments(t).some((other) => other.key !== def.key && other.definition.short === def.short)) {
    issues.push({ path: 'definition.short', messageKey: 'validation.duplicate' })
  }
  if (issues.length > 0) throw new AppError('VALIDATION', 'errors.validation', undefined, issues)
  const current = currentInstrument(t, def.key)
  if (current && canonicalJson(current.definition) === canonicalJson(def)) return current
  if (current && current.definition.kind !== def.kind) {
    throw new AppError('VALIDATION', 'errors.validation', undefined, [{ path: 'definition.kind', messageKey: 'errors.screening.kindChanged' }])
  }
  const version = (current?.version ?? 0) + 1
  t.orm.insert(screeningInstruments).values({ key: def.key, version, definition: JSON.stringify(def), createdAt: t.at, createdBy: session.userId }).run()
  t.audit({ action: 'screening.instruments.save', entity: 'screening_instrument', entityId: def.key, summary: { version, items: def.itemCount, rules: def.flags.length } })
  return toDto({ key: def.key, version, definition: JSON.stringify(def) })
}
