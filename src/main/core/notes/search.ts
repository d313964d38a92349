import type { ChannelOutput } from '@shared/contract'
import { and, sql } from 'drizzle-orm'
import type { Tx } from '../context'
import type { ParsedInput } from '../registry'
import type { Session } from '../state'
import { listableBy } from './access'
import { noteRows, type NoteRowDto } from './dto'
import { notes } from './schema'

/*
 * Full text over the notes the caller may read (their own drafts, signed notes; not others'
 * sensitive notes; part-time counsellors only their station students). The trigram index
 * answers terms of 3+ characters; shorter ones (Chinese words are often two: 失眠, 焦虑) scan
 * the index's own copy of the text with LIKE. Either way matches are taken newest first, a
 * page at a time, until enough readable ones are found, and at most MAX_SCANNED are looked
 * at, so a common word costs no more than a rare one on a vault of 100,000 notes. Hits are
 * marked ⟦ ⟧ in a snippet around the first one, cut from the index's copy of the text (one
 * read for all results, not an FTS query per result).
 */

/** Matches are taken newest first, a page at a time, until the caller has enough they may read. */
const PAGE = 300
/** At most this many matches are looked at: a common word costs no more than a rare one. */
const MAX_SCANNED = 6000
/** Characters of context shown before and after the first hit. */
const BEFORE = 16
const AFTER = 32
const OPEN = '⟦'
const CLOSE = '⟧'

const escapeLike = (s: string): string => s.replace(/[\\%_]/g, (c) => `\\${c}`)
const quoteMatch = (s: string): string => `"${s.replace(/"/g, '""')}"`

/** The words of a query, each matched as a substring; all must occur. */
const termsOf = (q: string): string[] => [...new Set(q.trim().toLowerCase().split(/\s+/).filter((term) => term.length > 0))]

const usesIndex = (terms: string[]): boolean => terms.every((term) => [...term].length >= 3)

/** The rowids of the newest matching notes below `before` (rowids grow as notes are written). */
function candidates(t: Tx, terms: string[], before: number): number[] {
  if (usesIndex(terms)) {
    const expression = terms.map(quoteMatch).join(' AND ')
    return t.orm
      .all<{ id: number }>(sql`SELECT rowid AS id FROM note_search WHERE note_search MATCH ${expression} AND rowid < ${before} ORDER BY rowid DESC LIMIT ${PAGE}`)
      .map((r) => r.id)
  }
  const likes = sql.join(
    terms.map((term) => sql`c0 LIKE ${`%${escapeLike(term)}%`} ESCAPE '\\'`),
    sql` AND `
  )
  return t.orm.all<{ id: number }>(sql`SELECT id FROM note_search_content WHERE id < ${before} AND ${likes} ORDER BY id DESC LIMIT ${PAGE}`).map((r) => r.id)
}

/** A stretch of text around the first hit, every hit in it marked. */
export function markedSnippet(text: string, terms: string[]): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  const lower = flat.toLowerCase()
  // toLowerCase keeps the length of CJK and ASCII text; anything else is shown unmarked.
  if (lower.length !== flat.length) return flat.slice(0, BEFORE + AFTER)
  const hits = terms.map((term) => lower.indexOf(term)).filter((i) => i >= 0)
  const first = hits.length > 0 ? Math.min(...hits) : 0
  const start = Math.max(0, first - BEFORE)
  const end = Math.min(flat.length, first + AFTER)
  let out = ''
  let i = start
  while (i < end) {
    const term = terms.find((candidate) => lower.startsWith(candidate, i))
    if (term) {
      out += `${OPEN}${flat.slice(i, i + term.length)}${CLOSE}`
      i += term.length
    } else {
      out += flat[i]
      i += 1
    }
  }
  return `${start > 0 ? '…' : ''}${out}${end < flat.length ? '…' : ''}`
}

/** The indexed text of each note (content and addenda), by note ID. */
function indexedText(t: Tx, noteIds: string[]): Map<string, string> {
  if (noteIds.length === 0) return new Map()
  const rows = t.orm.all<{ id: string; c0: string }>(
    sql`SELECT n.id AS id, c.c0 AS c0 FROM notes n JOIN note_search_content c ON c.id = n.rowid WHERE n.id IN (${sql.join(
      noteIds.map((id) => sql`${id}`),
      sql`, `
    )})`
  )
  return new Map(rows.map((r) => [r.id, r.c0]))
}

export function searchNotes(t: Tx, session: Session, input: ParsedInput<'notes.search'>): ChannelOutput<'notes.search'> {
  const terms = termsOf(input.q)
  const rows: NoteRowDto[] = []
  let before = Number.MAX_SAFE_INTEGER
  for (let scanned = 0; terms.length > 0 && rows.length < input.limit && scanned < MAX_SCANNED; ) {
    const ids = candidates(t, terms, before)
    if (ids.length === 0) break
    scanned += ids.length
    before = ids[ids.length - 1]!
    const inPage = sql`${notes}.rowid IN (${sql.join(
      ids.map((id) => sql`${id}`),
      sql`, `
    )})`
    rows.push(...noteRows(t, session, and(inPage, listableBy(session, true)), input.limit - rows.length))
    if (ids.length < PAGE) break
  }
  const texts = indexedText(
    t,
    rows.map((r) => r.id)
  )
  const results = rows.map((note) => ({ note, snippet: markedSnippet(texts.get(note.id) ?? '', terms) }))
  // The count only: the query itself may be clinical text.
  t.audit({ action: 'notes.search', summary: { results: results.length } })
  return results
}
