import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Agenda } from '../../../src/main/core/reports/weeklyAgenda'
import type { Letterhead } from '../../../src/main/core/reports/layout'
import { tempDir } from '../helpers/core'

/** The text and the font list of a PDF, as poppler sees them (what a reader or a search would get). */
export function inspectPdf(pdf: Buffer): { text: string; fonts: string; info: string } {
  const file = join(tempDir(), 'report.pdf')
  writeFileSync(file, pdf)
  return {
    text: execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }),
    fonts: execFileSync('pdffonts', [file], { encoding: 'utf8' }),
    info: execFileSync('pdfinfo', [file], { encoding: 'utf8' })
  }
}

/** Lines of `pdffonts` for embedded Noto Sans SC subsets ("emb" column yes). */
export const embeddedNotoFonts = (fonts: string): string[] =>
  fonts.split('\n').filter((line) => /NotoSansSC/.test(line) && /\byes\s+yes\s+(yes|no)\s+\d+\s+\d+\s*$/.test(line))

/** Whether any file under `dir` contains `needle` (UTF-8 bytes). */
export function dirContains(dir: string, needle: string): boolean {
  const bytes = Buffer.from(needle, 'utf8')
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    try {
      if (readFileSync(join(entry.parentPath, entry.name)).includes(bytes)) return true
    } catch {
      // A file the browser holds locked or removed meanwhile: nothing to read.
    }
  }
  return false
}

export const LETTERHEAD: Letterhead = {
  name: '示范学院心理健康教育中心',
  address: '示范路 1 号 学生活动中心 3 楼',
  phone: '010-12345678',
  // 1×1 transparent PNG.
  logo: 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='
}

const row = (over: Partial<Agenda['entries'][number]['student']>): Agenda['entries'][number]['student'] => ({
  studentId: '00000000-0000-4000-8000-000000000001',
  studentNo: '2026000001',
  name: '张三',
  collegeName: '计算机学院',
  className: '计科 2301',
  tier: 'general',
  since: '2026-10-20T02:00:00.000Z',
  counsellorName: '李老师',
  nextReviewDate: '2026-11-05',
  openItems: 1,
  overdueItems: 0,
  lastFollowUpDate: null,
  ...over
})

/** A hand-made agenda: one student per tier, a rare character, and a name that tries to inject markup. */
export const AGENDA: Agenda = {
  date: '2026-11-05',
  entries: [
    { student: row({ name: '王堃', studentNo: '2026000002', tier: 'serious', overdueItems: 2 }), reasons: ['tier_changed', 'review_due'], decision: null, decisionNote: '' },
    {
      student: row({ name: '<script>alert(1)</script>李四', studentNo: '2026000003', tier: 'crisis', collegeName: null, className: null, counsellorName: null }),
      reasons: ['crisis_open'],
      decision: 'refer',
      decisionNote: '建议转介 & 复评'
    },
    { student: row({}), reasons: ['review_due'], decision: 'keep', decisionNote: '' }
  ]
}
