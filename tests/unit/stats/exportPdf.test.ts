import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bundledFontsDir } from '../../../src/main/core/reports/assets'
import { ChromiumPdfEngine } from '../../../src/main/core/reports/chromiumPdf'
import { statsReportHtml } from '../../../src/main/core/stats/export/pdf'
import { svgBars } from '../../../src/main/core/stats/export/svgBars'
import { embeddedNotoFonts, inspectPdf, LETTERHEAD } from '../reports/pdfText'
import { REPORT_EN, REPORT_ZH } from './reportFixture'

const META = { printedAt: '2027-01-04T02:35:00.000Z', printedBy: '王主任' }
const HIDDEN_NOTE = '* 不公布：人数少于 5，或为防止由合计推算出其他隐藏单元格而一并隐藏。'

/** pdftotext lays text out in columns and wraps lines: compare without any white space. */
const squeeze = (text: string): string => text.replace(/\s+/g, '')

/** The numbers printed beside the bars of each chart, in order. */
const chartValues = (html: string): string[][] =>
  [...html.matchAll(/<svg class="bars"[\s\S]*?<\/svg>/g)].map((svg) => [...svg[0].matchAll(/class="value">([^<]*)</g)].map((m) => m[1] ?? ''))

describe('statistics as a report page', () => {
  const html = statsReportHtml(REPORT_ZH, LETTERHEAD, META)

  it('is one document with no script, every text escaped', () => {
    expect(html).not.toMatch(/<script/i)
    expect(html).toContain('比例 &lt; 1% &amp; 其他情况见说明。')
    expect(html).not.toContain('比例 < 1%')
  })

  it('charts the published row totals only, and only for tables that publish them', () => {
    // Sessions (with hidden cells) and years; not the multi-response table, the withheld one or the activities.
    expect(chartValues(html)).toEqual([
      ['22', '23', '21', '27'],
      ['15', '15', '11']
    ])
    expect(html).toContain('aria-label="咨询人次（按学院与咨询类型）：各学院合计"')
  })

  it('marks every hidden cell alike and captions each table', () => {
    expect(html.match(/<td class="num hidden">\*<\/td>/g)).toHaveLength(4)
    expect(html).not.toMatch(/primary|secondary/)
    expect(html.match(/<caption>/g)).toHaveLength(4)
    expect(html).toContain('<h3 class="table-title">关注学生人数（按学院与等级）</h3>\n<p class="table-note">整表人数少于 5，不公布。</p></div>')
  })

  it('speaks English for an English report', () => {
    const page = statsReportHtml(REPORT_EN, LETTERHEAD, META)
    expect(page).toContain('<html lang="en">')
    expect(page).toContain('Mental-health education statistics')
    expect(page).toContain('<th scope="row">Total</th>')
    expect(page).toContain('* Not published: fewer than 5, or hidden as well so that no other hidden cell can be worked out from the totals.')
    expect(page).toContain('Fewer than 5 in the whole table: not published.')
  })

  it('draws bars to scale and cuts a label too long for its column', () => {
    const svg = svgBars(
      [
        { label: '短', value: 10 },
        { label: '一个非常非常非常非常非常非常非常非常非常非常长的学院名称', value: 5 },
        { label: '<零>', value: 0 }
      ],
      'a & b'
    )
    const widths = [...svg.matchAll(/<rect [^>]*width="([\d.]+)"/g)].map((m) => Number(m[1]))
    expect(widths[1]).toBeCloseTo((widths[0] ?? 0) / 2, 1)
    expect(widths[2]).toBe(0)
    expect(svg).toContain('…</text>')
    expect(svg).toContain('&lt;零&gt;')
    expect(svg).toContain('aria-label="a &amp; b"')
  })
})

describe('statistics as a PDF', () => {
  const engine = new ChromiumPdfEngine({ fontsDir: bundledFontsDir() })
  let text: string
  let fonts: string

  beforeAll(async () => {
    const pdf = await engine.render(statsReportHtml(REPORT_ZH, LETTERHEAD, META))
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    ;({ text, fonts } = inspectPdf(pdf))
  })

  afterAll(() => engine.close())

  it('prints the letterhead, the facts, the sections, the tables and their titles', () => {
    const flat = squeeze(text)
    for (const expected of [
      LETTERHEAD.name,
      '心理健康教育工作统计',
      '统计期间：2026-09-01至2026-12-31',
      '公布阈值k：5',
      '筛查批次：2026级新生心理普查',
      '个体咨询',
      '心理普查',
      '咨询人次（按学院与咨询类型）',
      '咨询学生人数（按性别与问题类别，可多选）',
      '中心工作（按类型）'
    ]) {
      expect(flat).toContain(squeeze(expected))
    }
  })

  it('prints figures, <k and — where withheld, the rate as a percentage, and the footnotes', () => {
    const flat = squeeze(text)
    for (const expected of ['咨询人次93', '初次来访人数<5', '筛查覆盖率97.3%', '预警率—', '“<5”：少于5，不公布。', '“—”：所依据的人数不公布，比率也不公布。']) {
      expect(flat).toContain(expected)
    }
  })

  it('prints * in hidden cells, the 合计 row, the one footnote, what 其他 holds, and the withheld table’s line', () => {
    const flat = squeeze(text)
    expect(flat).toContain('计算机学院12**22')
    expect(flat).toContain('心理学院9**23')
    expect(flat).toContain('合计42272493')
    expect(flat).toContain(squeeze(HIDDEN_NOTE))
    expect(flat.split(squeeze(HIDDEN_NOTE))).toHaveLength(2)
    expect(flat).toContain('其他含：外国语学院、艺术学院')
    expect(flat).toContain('关注学生人数（按学院与等级）整表人数少于5，不公布。')
  })

  it('embeds the bundled font and no other', () => {
    expect(embeddedNotoFonts(fonts).length).toBeGreaterThan(0)
    expect(
      fonts
        .split('\n')
        .slice(2)
        .filter((line) => line.trim() && !line.includes('NotoSansSC'))
    ).toEqual([])
  })
})
