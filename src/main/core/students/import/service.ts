import type { ChannelOutput } from '@shared/contract'
import type { FieldIssue } from '@shared/errors'
import type { CallContext } from '../../context'
import { AppError } from '../../errors'
import type { ParsedInput } from '../../registry'
import { cachedNamePinyin } from '../pinyin'
import { writeRoster, type CommitResult } from './commit'
import { decodeRoster } from './decode'
import { assertMapping, guessMapping, mappingIssues } from './mapping'
import { differs, loadExisting, nextColumns } from './merge'
import { loadOrg, placeRecords } from './org'
import { checkRows, type ImportIssue } from './validate'

/** The check lists this many issues and counts the rest. */
const MAX_ISSUES = 200

const byRow = (issues: ImportIssue[]): ImportIssue[] => issues.map((issue, i) => ({ issue, i })).sort((a, b) => a.issue.row - b.issue.row || a.i - b.i).map((x) => x.issue)

const toDto = ({ row, column, messageKey, params }: ImportIssue): ImportIssue => ({ row, column, field: null, messageKey, ...(params ? { params } : {}) })

/** Row issues as field issues of the call: the row and the column go in the params for the message. */
function refuseRows(issues: ImportIssue[]): never {
  const fieldIssues: FieldIssue[] = byRow(issues)
    .slice(0, MAX_ISSUES)
    .map((issue) => ({
      path: `rows.${issue.row}${issue.field ? `.${issue.field}` : ''}`,
      messageKey: issue.messageKey,
      params: { ...issue.params, row: issue.row, column: issue.column }
    }))
  throw new AppError('VALIDATION', 'errors.import.rowsInvalid', { count: issues.length }, fieldIssues)
}

/** Reads and checks a roster; writes nothing (and so is not audited: it reads no record). */
export async function checkImport(ctx: CallContext, input: ParsedInput<'students.import.check'>): Promise<ChannelOutput<'students.import.check'>> {
  const table = await decodeRoster(input.contentBase64)
  const mapping = input.mapping ?? guessMapping(table.headers)
  if (input.mapping) assertMapping(mapping, table.headers)
  const checked = checkRows(table, mapping)
  const base = {
    format: table.format,
    encoding: table.encoding,
    headers: table.headers,
    mapping,
    rowCount: table.rows.length,
    preview: checked.preview
  }
  // A guess without a number or name column: the renderer asks the user to map them first.
  const unmapped = mappingIssues(mapping, table.headers)
  if (unmapped.length > 0) {
    const issues = unmapped.map((i) => ({ row: table.headerRow, column: '', messageKey: i.messageKey }))
    return { ...base, issues, moreIssues: 0, creates: 0, updates: 0, missingColleges: [], missingClasses: [] }
  }
  return ctx.tx((t) => {
    const index = loadOrg(t)
    const placement = placeRecords(checked.records, index, table.headers, mapping.className)
    const issues = byRow([...checked.issues, ...placement.issues])
    const placeless = new Set(placement.issues.map((i) => i.row))
    const existing = loadExisting(t)
    const pinyinOf = cachedNamePinyin()
    let creates = 0
    let updates = 0
    for (const record of checked.records) {
      if (placeless.has(record.row)) continue
      const before = existing.get(record.values.studentNo)
      if (!before) {
        creates++
        continue
      }
      const { columns, resolved } = nextColumns(record, before, index, pinyinOf)
      if (!resolved || differs(columns, before)) updates++
    }
    return {
      ...base,
      issues: issues.slice(0, MAX_ISSUES).map(toDto),
      moreIssues: Math.max(0, issues.length - MAX_ISSUES),
      creates,
      updates,
      missingColleges: placement.missingColleges,
      missingClasses: placement.missingClasses
    }
  })
}

/** All or nothing: any bad row, or a missing college or class not to be created, writes nothing. */
export async function commitImport(ctx: CallContext, input: ParsedInput<'students.import.commit'>): Promise<CommitResult> {
  const table = await decodeRoster(input.contentBase64)
  assertMapping(input.mapping, table.headers)
  const checked = checkRows(table, input.mapping)
  if (checked.issues.length > 0) refuseRows(checked.issues)
  return ctx.tx((t) => {
    const index = loadOrg(t)
    const placement = placeRecords(checked.records, index, table.headers, input.mapping.className)
    if (placement.issues.length > 0) refuseRows(placement.issues)
    return writeRoster(t, checked.records, placement, index, input.createMissing)
  })
}
