import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ChannelOutput } from '@shared/contract'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createCore, type Core } from '../../../src/main/core/core'
import { callOrThrow } from '../../../src/main/tools/coreCall'
import { seedCollege, type SeedSummary } from '../../../src/main/tools/seedCollege'

const PASSWORD = 'demo-password-1'
const NOTES = 300
/** A fixed end of the history, so that the seed is the same on every run. */
const NOW = new Date('2026-10-15T04:00:00.000Z')

type NoteRow = ChannelOutput<'notes.forStudent'>[number]

let root: string
let seeded: SeedSummary
let core: Core
let rows: NoteRow[]

// One seed for the file: a small centre, a year of appointments and a few hundred notes through the core.
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'xinan-seed-notes-'))
  const dataDir = join(root, 'data')
  seeded = await seedCollege({ dataDir, password: PASSWORD, students: 300, seed: 5, now: NOW, appointmentYears: 1, appointmentsPerYear: 400, notes: NOTES })
  core = createCore({ dataDir, idleCheckMs: 3_600_000 })
  await callOrThrow(core, 'auth.login', { username: 'admin', password: PASSWORD })
  const students = (await callOrThrow(core, 'students.list', {})).rows
  rows = []
  for (const s of students) rows.push(...(await callOrThrow(core, 'notes.forStudent', { studentId: s.id })))
}, 300_000)

afterAll(async () => {
  await core?.close()
  rmSync(root, { recursive: true, force: true })
})

describe('seeded notes', () => {
  it('writes every planned note, signed or left as a draft as planned', () => {
    const n = seeded.notes
    expect(n).not.toBeNull()
    if (!n) return
    expect(n.notes).toBe(NOTES)
    expect(rows).toHaveLength(NOTES)
    expect(n.signed + n.drafts).toBe(NOTES)
    expect(rows.filter((r) => r.status === 'signed')).toHaveLength(n.signed)
    expect(rows.filter((r) => r.status === 'draft')).toHaveLength(n.drafts)
    expect(rows.filter((r) => r.sensitive)).toHaveLength(n.sensitive)
    // Most notes record an attended session; the rest are closures and contacts between sessions.
    expect(rows.filter((r) => r.appointmentId !== null)).toHaveLength(n.withAppointment)
    expect(n.withAppointment).toBeGreaterThan(NOTES / 2)
    expect(n.byTemplate.intake).toBeGreaterThan(0)
    expect(n.byTemplate.session_soap + n.byTemplate.session_dap).toBeGreaterThan(0)
    expect(n.withRisk).toBeGreaterThanOrEqual(n.byTemplate.intake + n.byTemplate.crisis)
    expect(n.addenda).toBeGreaterThanOrEqual(0)
  })

  it('files a session note under the appointment it records, for its student, once the session was attended', async () => {
    const row = rows.find((r) => r.appointmentId !== null && r.status === 'signed')
    expect(row).toBeDefined()
    if (!row?.appointmentId) return
    const appointments = await callOrThrow(core, 'appointments.forStudent', { studentId: row.studentId })
    const appointment = appointments.find((a) => a.id === row.appointmentId)
    expect(appointment?.status).toBe('attended')
    const note = await callOrThrow(core, 'notes.get', { id: row.id })
    expect(note.signedAt).not.toBeNull()
    expect(note.categories.length).toBeGreaterThan(0)
    expect(Object.keys(note.content).length).toBeGreaterThan(2)
  })

  it('leaves drafts to their author, to finish after the next login', async () => {
    const drafts = await callOrThrow(core, 'notes.myDrafts', {})
    expect(drafts).toHaveLength(seeded.notes?.drafts ?? -1)
  })

  it('keeps the alerts of the last days open and has resolved the older ones', async () => {
    const n = seeded.notes
    const open = await callOrThrow(core, 'alerts.list', {})
    expect(open.filter((a) => a.source === 'note')).toHaveLength((n?.alertsRaised ?? 0) - (n?.alertsResolved ?? 0))
  })

  it('finds the seeded phrasing by full-text search, 2-character words and longer ones alike', async () => {
    for (const q of ['焦虑', '情绪低落', '咨询']) {
      const found = await callOrThrow(core, 'notes.search', { q, limit: 30 })
      expect(found.length, q).toBeGreaterThan(0)
      expect(found[0]?.snippet, q).toContain(`⟦${q}⟧`)
    }
  })

  it('leaves an audit chain that verifies', async () => {
    expect((await callOrThrow(core, 'audit.verify', {})).ok).toBe(true)
  })
})
