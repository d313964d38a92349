import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { bundledFontsDir } from '../../../src/main/core/reports/assets'
import { referralLetterHtml, type ReferralPrint } from '../../../src/main/core/reports/referralLetter'
import { REFERRAL_STRINGS } from '../../../src/main/core/reports/referralStrings'
import { returnFormHtml } from '../../../src/main/core/reports/returnForm'
import { LETTERHEAD } from '../reports/pdfText'
import { fullForm, letterWorld, readBack, referralFor, type LetterWorld } from './letterWorld'

const EXT_B = '\u{20BB7}' // 𠮷, CJK Extension B: outside the BMP and outside GBK

/** The code points the bundled stylesheet of one weight covers (the union of its unicode-ranges). */
function bundledCoverage(weight: '400' | '700'): (cp: number) => boolean {
  const css = readFileSync(join(bundledFontsDir(), `${weight}.css`), 'utf8')
  const ranges = [...css.matchAll(/unicode-range:\s*([^;]+);/g)].flatMap((m) =>
    m[1]!.split(',').map((part) => {
      const [from, to] = part.trim().slice(2).split('-')
      return [parseInt(from!, 16), parseInt(to ?? from!, 16)] as const
    })
  )
  return (cp) => ranges.some(([from, to]) => from <= cp && cp <= to)
}

/** Every string leaf of a nested object. */
const leaves = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(leaves) : []

/** `pdffonts` rows (below its two header lines) whose font is not the bundled Noto Sans SC. */
const foreignFonts = (fonts: string): string[] =>
  fonts
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() && !/\+NotoSansSC/.test(line))

/** The emb column of every `pdffonts` row (the third column from the right is uni, then sub, then emb). */
const embeddedColumn = (fonts: string): string[] =>
  fonts
    .split('\n')
    .slice(2)
    .filter((line) => line.trim())
    .map((line) => line.trim().split(/\s+/).at(-5)!)

describe('the referral documents stay within the bundled font', () => {
  it('use no character the bundled Noto Sans SC lacks, in either weight', () => {
    for (const weight of ['400', '700'] as const) {
      const covered = bundledCoverage(weight)
      for (const locale of ['zh-CN', 'en'] as const) {
        const missing = [...new Set(leaves(REFERRAL_STRINGS[locale]).join(''))].filter((c) => !covered(c.codePointAt(0)!))
        expect(missing, `${locale} ${weight}`).toEqual([])
      }
    }
  })

  it('ask for no weight but the two bundled ones (400 and 700), nor a style the font lacks', () => {
    const print: ReferralPrint = {
      referral: {
        id: '00000000-0000-4000-8000-000000000001',
        studentId: '00000000-0000-4000-8000-000000000002',
        studentName: '王堃',
        studentNo: '2026000001',
        counsellorId: '00000000-0000-4000-8000-000000000003',
        counsellorName: '张老师',
        status: 'outcome',
        form: fullForm(null),
        hospital: null,
        createdAt: '2026-11-01T01:00:00.000Z',
        updatedAt: '2026-11-01T01:00:00.000Z',
        dueDate: null,
        overdue: false,
        events: []
      },
      student: { name: '王堃', studentNo: '2026000001', gender: 'male', birthDate: null, collegeName: null, className: null }
    }
    const meta = { printedAt: '2026-11-02T01:00:00.000Z', printedBy: '王主任' }
    for (const html of [referralLetterHtml(print, 'zh-CN', LETTERHEAD, meta), returnFormHtml(print, 'zh-CN', LETTERHEAD, meta)]) {
      const weights = [...html.matchAll(/font-weight:\s*(\w+)|font:\s*(\w+)/g)].map((m) => m[1] ?? m[2])
      expect(new Set(weights)).toEqual(new Set(['700', '400']))
      expect(html).not.toMatch(/font-style:\s*(italic|oblique)|<(b|strong|i|em)>|font-family:(?!\s*'Noto Sans SC')/)
    }
  })
})

/** Real letters through the core: one whose text is all within GBK, one with an Extension B name. */
describe('fonts of a printed letter', () => {
  let world: LetterWorld
  let gbk: Awaited<ReturnType<typeof readBack>>
  let extB: Awaited<ReturnType<typeof readBack>>

  beforeAll(async () => {
    world = await letterWorld()
    gbk = await readBack(world.core, 'referrals.letter.pdf', (await referralFor(world, '王堃')).referralId)
    extB = await readBack(world.core, 'referrals.letter.pdf', (await referralFor(world, `${EXT_B}田堃`)).referralId)
  }, 90_000)

  it('embeds every font it uses', () => {
    for (const { fonts } of [gbk, extB]) {
      const emb = embeddedColumn(fonts)
      expect(emb.length).toBeGreaterThan(0)
      expect(emb.every((value) => value === 'yes')).toBe(true)
    }
  })

  it('prints a letter within GBK in the bundled family only, both its weights, no system fallback', () => {
    expect(gbk.fonts).toMatch(/\+NotoSansSC\S*-Regular\s/)
    expect(gbk.fonts).toMatch(/\+NotoSansSC\S*-Bold\s/)
    expect(gbk.fonts).not.toMatch(/WenQuanYi|WQY|DejaVu|Liberation|Droid|AR ?PL|Noto ?Sans ?CJK|Type 3/i)
    expect(foreignFonts(gbk.fonts)).toEqual([])
  })

  it('prints an Extension B name and reads it back whole', () => {
    expect(extB.text).toContain(`${EXT_B}田堃`)
    // In the running header of every page too (it names the student).
    expect(extB.pages.every((page) => page.includes(`${EXT_B}田堃`))).toBe(true)
    // The bundled subset has no Extension B glyph: only that name may need another (embedded) face.
    expect(extB.fonts).not.toMatch(/WenQuanYi|WQY|DejaVu|Liberation/i)
  })
})
