import { createHash } from 'node:crypto'
import { centreDate } from '@shared/centreTime'
import { importMapping, type ImportMapping, type InstrumentDto } from '@shared/contract/screening'
import { and, eq, inArray } from 'drizzle-orm'
import type { Tx } from '../../context'
import { screeningImports, screeningPlatforms, screeningResults, screeningRounds, students } from '../../db/schema'
import { AppError, NotFoundError } from '../../errors'
import type { RosterTable } from '../../students/import/decode'
import { currentInstrument } from '../instruments'
import { roundRow } from '../rounds'
import { guessMapping, mappingIssues, type MappingIssue } from './mapping'
import { answerSignature, existingKey, type ImportEnv } from './rows'

export interface ImportRequest {
  roundId: string
  instrumentKeys: string[]
  platformId?: string | undefined
  mapping?: ImportMapping | undefined
}

export interface Prepared {
  env: ImportEnv
  issues: MappingIssue[]
  duplicateOf: { importId: string; roundName: string; importedAt: string } | null
}

/** The file's fingerprint: the same bytes imported again do nothing. */
export const fingerprintOf = (contentBase64: string): string => createHash('sha256').update(Buffer.from(contentBase64, 'base64')).digest('hex')

export function duplicateOf(t: Tx, fingerprint: string): Prepared['duplicateOf'] {
  return (
    t.orm
      .select({ importId: screeningImports.id, roundName: screeningRounds.name, importedAt: screeningImports.importedAt })
      .from(screeningImports)
      .innerJoin(screeningRounds, eq(screeningRounds.id, screeningImports.roundId))
      .where(eq(screeningImports.fingerprint, fingerprint))
      .get() ?? null
  )
}

export function assertPlatform(t: Tx, platformId: string): ImportMapping {
  const row = t.orm.select({ mapping: screeningPlatforms.mapping }).from(screeningPlatforms).where(eq(screeningPlatforms.id, platformId)).get()
  if (!row) throw new NotFoundError('errors.screeningImport.unknownPlatform')
  return importMapping.parse(JSON.parse(row.mapping))
}

function instrumentsOf(t: Tx, keys: string[], path: string): Map<string, InstrumentDto> {
  const found = new Map<string, InstrumentDto>()
  const issues = keys.flatMap((key, i) => {
    const dto = currentInstrument(t, key)
    if (dto) found.set(key, dto)
    return dto ? [] : [{ path: `${path}.${i}`, messageKey: 'errors.screeningImport.unknownInstrument', params: { instrument: key } }]
  })
  if (issues.length > 0 && path === 'instrumentKeys') throw new AppError('VALIDATION', 'errors.validation', undefined, issues)
  return found
}

/**
 * Everything the rows are checked against, read in one transaction: the round, the mapping
 * (given, the platform's, or guessed from the headers), the current instruments, the roster by
 * student number and the round's results so far. Reads only.
 */
export function prepareImport(t: Tx, table: RosterTable, request: ImportRequest, fingerprint: string): Prepared {
  const round = roundRow(t, request.roundId)
  const saved = request.platformId === undefined ? undefined : assertPlatform(t, request.platformId)
  let mapping = request.mapping ?? saved
  const issues: MappingIssue[] = []
  if (mapping === undefined) {
    const chosen = instrumentsOf(t, request.instrumentKeys, 'instrumentKeys')
    const guess = guessMapping(table.headers, [...chosen.values()].map((i) => i.definition))
    mapping = guess.mapping
    issues.push(...guess.issues)
  }
  // A given or saved mapping (perhaps older than today's instruments) is checked like any other.
  const keys = mapping.instruments.map((m) => m.key)
  const instruments = instrumentsOf(t, keys, 'mapping.instruments')
  issues.push(...mappingIssues(mapping, table.headers, (key) => instruments.get(key)?.definition))

  const env: ImportEnv = { table, mapping, instruments, roundDate: round.date, today: centreDate(t.now), studentByNo: new Map(), existing: new Map() }
  if (issues.length === 0) {
    env.studentByNo = new Map(t.orm.select({ id: students.id, no: students.studentNo, name: students.name }).from(students).all().map((s) => [s.no, { id: s.id, name: s.name }]))
    const before = t.orm
      .select({ studentId: screeningResults.studentId, key: screeningResults.instrumentKey, answers: screeningResults.answers, extras: screeningResults.extras, levelValue: screeningResults.levelValue })
      .from(screeningResults)
      .where(and(eq(screeningResults.roundId, round.id), inArray(screeningResults.instrumentKey, keys)))
      .all()
    env.existing = new Map(
      before.map((r) => [existingKey(r.studentId, r.key), answerSignature(JSON.parse(r.answers) as number[], JSON.parse(r.extras) as Record<string, number>, r.levelValue)])
    )
  }
  return { env, issues, duplicateOf: duplicateOf(t, fingerprint) }
}
