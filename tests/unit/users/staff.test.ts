import { describe, expect, it } from 'vitest'
import { ok, setUpCore } from '../helpers/core'

describe('users.staff', () => {
  it('lists active clinical staff by name for every role, without usernames', async () => {
    const core = await setUpCore()
    const make = (username: string, displayName: string, role: 'counsellor' | 'part_time' | 'assistant') =>
      ok(core, 'users.create', { username, displayName, role, firstPassword: 'Temp-password-2026' })
    const zhao = await make('zhaoliu', '赵六', 'counsellor')
    await make('qianqi', '钱七', 'part_time')
    await make('sunba', '孙八', 'assistant')
    await ok(core, 'users.deactivate', { id: zhao.id })

    const staff = await ok(core, 'users.staff', {})
    expect(staff.map((s) => [s.displayName, s.role])).toEqual([
      ['钱七', 'part_time'],
      ['王主任', 'admin']
    ])
    expect(Object.keys(staff[0]!).sort()).toEqual(['displayName', 'id', 'role'])
  })
})
