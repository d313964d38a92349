import { readdirSync, readFileSync } from 'node:fs'
import type Database from 'better-sqlite3'
import { beforeAll, describe, expect, it } from 'vitest'
import { ADMIN, CENTRE, ok, setUpCore, type TestCore } from '../helpers/core'
import { auditRows, lastSeq, openDb, unwrapDek } from '../helpers/db'
import { createOrg } from '../students/fixtures'
import { addStudent, setTier } from '../watch/helpers'
import { embeddedNotoFonts, inspectPdf, LETTERHEAD } from './pdfText'

const MEETING = '2026-11-02'
const listing = (dir: string): string[] => readdirSync(dir, { recursive: true }).map(String).sort()

/** Child processes of this test process that are a Chromium (the core's default engine). */
function chromiumChildren(): string[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        const ppid = Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ')[1])
        return ppid === process.pid && readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('chrom')
      } catch {
        return false
      }
    })
}

/** watch.review.pdf end to end: synthetic watched students → the core's default engine → a real PDF. */
describe('printing the weekly review agenda', () => {
  let core: TestCore
  let raw: Database.Database

  beforeAll(async () => {
    core = await setUpCore()
    raw = openDb(core.dataDir, await unwrapDek(core.dataDir, ADMIN.username, ADMIN.password))
    await ok(core, 'settings.centre.update', { name: CENTRE, address: LETTERHEAD.address, phone: LETTERHEAD.phone, logo: LETTERHEAD.logo })
    const org = await createOrg(core)
    const kun = await addStudent(core, { name: '王堃', collegeId: org.collegeId, classId: org.classId })
    const hostile = await addStudent(core, { name: '<script>x</script>赵六', collegeId: org.otherCollegeId, classId: org.otherClassId })
    await setTier(core, kun, 'serious')
    await setTier(core, hostile, 'crisis')
  }, 60_000)

  it('renders the agenda with the letterhead, the students and their tiers, and audits the print', async () => {
    const before = lastSeq(raw)
    const files = listing(core.dataDir)
    const result = await ok(core, 'watch.review.pdf', { date: MEETING, locale: 'zh-CN' })
    expect(result.fileName).toBe(`weekly-review-${MEETING}.pdf`)
    const pdf = Buffer.from(result.pdfBase64, 'base64')
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    const { text, fonts } = inspectPdf(pdf)
    for (const expected of ['每周研判会议议程', CENTRE, LETTERHEAD.phone, '王堃', '严重心理问题', '重大心理危机', '<script>x', '心理学院 / 应用心理1班', ADMIN.displayName]) {
      expect(text).toContain(expected)
    }
    expect(embeddedNotoFonts(fonts).length).toBeGreaterThan(0)

    const rows = auditRows(raw, before)
    expect(rows.map((r) => r.action)).toEqual(['watch.review.print'])
    expect(JSON.parse(rows[0]!.summary!)).toEqual({ date: MEETING, entries: 2 })
    // The print wrote nothing of its own into the data dir (the database changed by one audit row).
    expect(listing(core.dataDir)).toEqual(files)
  })

  it('prints in English', async () => {
    const result = await ok(core, 'watch.review.pdf', { date: MEETING, locale: 'en' })
    const { text } = inspectPdf(Buffer.from(result.pdfBase64, 'base64'))
    expect(text).toContain('Weekly review agenda')
    expect(text).toContain('Crisis')
    expect(text).toContain('王堃')
  })

  it('stops its browser when the core closes', async () => {
    expect(chromiumChildren().length).toBeGreaterThan(0)
    await core.close()
    expect(chromiumChildren()).toEqual([])
  })
})
