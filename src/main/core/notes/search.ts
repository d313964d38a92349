import type { ChannelOutput } from '@shared/contract'
import { and, sql, type SQL } from 'drizzle-orm'
import type { Tx } from '../context'
import type { ParsedInput } from '../registry'
import type { Session } from '../state'
import { listableBy } from './access'
import { noteRows } from './dto'
import { notes } from './schema'

/*
 * Full text over the notes the caller may read (their own drafts, signed notes; not others'
 * sensitive notes; part-time counsellors only their station students). The trigram index
 * answers terms of 3+ characters; shorter ones (Chinese words are often two: 失眠, 焦虑) scan
 * the index's own copy of the text with LIKE. Either way the newest matches are taken first
 * and at most CANDIDATES of them are looked at, so a common word costs no more than a rare one
 * on a vault of 100,000 notes; hits are marked ⟦ ⟧ in a snippet around the first one.
 */

/** How many of the newest matches are checked against what the caller may read. */
const CANDIDATES = 2000
/** Characters of context shown before and after the first hit of a LIKE match. */
const BEFORE = 16
const AFTER = 32
const OPEN = '⟦'
const CLOSE = '⟧'

const escapeLike = (s: string): string => s.replace(/[\\%_]/g, (c) => `\\${c}`)
const quoteMatch = (s: string): string => `"${s.replace(/"/g, '""')}"`

/** The words of a query, each matched as a substring; all must occur. */
const termsOf = (q: string): string[] => [...new Set(q.trim().toLowerCase().split(/\s+/).filter((term) => term.length > 0))]

const usesIndex = (terms: string[]): boolean => terms.every((term) => [...term].length >= 3)

/** The rowids of the newest matching notes (rowids grow as notes are written). */
function candidates(terms: string[]): SQL {
  if (usesIndex(terms)) {
    const expression = terms.map(quoteMatch).join(' AND ')
    return sql`SELECT rowid FROM note_search WHERE note_search MATCH ${expression} ORDER BY rowid DESC LIMIT ${CANDIDATES}`
  }
  const likes = sql.join(
    terms.map((term) => sql`c0 LIKE ${`%${escapeLike(term)}%`} ESCAPE '\\'`),
    sql` AND `
  )
  return sql`SELECT id FROM note_search_content WHERE ${likes} ORDER BY id DESC LIMIT ${CANDIDATES}`
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

function snippetOf(t: Tx, noteId: string, terms: string[]): string {
  const rowid = sql`(SELECT rowid FROM notes WHERE id = ${noteId})`
  if (usesIndex(terms)) {
    const expression = terms.map(quoteMatch).join(' AND ')
    const row = t.orm.get<{ s: string } | undefined>(
      sql`SELECT snippet(note_search, 0, ${OPEN}, ${CLOSE}, '…', 32) AS s FROM note_search WHERE note_search MATCH ${expression} AND rowid = ${rowid}`
    )
    return (row?.s ?? '').replace(/\s+/g, ' ').trim()
  }
  const row = t.orm.get<{ c0: string } | undefined>(sql`SELECT c0 FROM note_search_content WHERE id = ${rowid}`)
  return markedSnippet(row?.c0 ?? '', terms)
}

export function searchNotes(t: Tx, session: Session, input: ParsedInput<'notes.search'>): ChannelOutput<'notes.search'> {
  const terms = termsOf(input.q)
  const rows = terms.length === 0 ? [] : noteRows(t, session, and(sql`${notes}.rowid IN (${candidates(terms)})`, listableBy(session, true)), input.limit)
  const results = rows.map((note) => ({ note, snippet: snippetOf(t, note.id, terms) }))
  // The count only: the query itself may be clinical text.
  t.audit({ action: 'notes.search', summary: { results: results.length } })
  return results
}
