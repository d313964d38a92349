import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { reuseStatements } from '../../../src/main/core/db/connection'

describe('prepared statements are reused', () => {
  it('the same SQL gives the same statement, so a long session does not grow with every call', () => {
    const db = new Database(':memory:')
    reuseStatements(db)
    db.exec('CREATE TABLE t (a INTEGER, b TEXT)')
    const first = db.prepare('SELECT a, b FROM t WHERE a = ?')
    expect(db.prepare('SELECT a, b FROM t WHERE a = ?')).toBe(first)
    expect(db.prepare('SELECT a FROM t')).not.toBe(first)
    db.close()
  })

  it('a reused reader answers in its default mode after another caller switched it to raw rows or pluck', () => {
    const db = new Database(':memory:')
    reuseStatements(db)
    db.exec("CREATE TABLE t (a INTEGER, b TEXT); INSERT INTO t VALUES (1, '张三')")
    expect(db.prepare('SELECT a, b FROM t').raw().all()).toEqual([[1, '张三']])
    expect(db.prepare('SELECT a, b FROM t').all()).toEqual([{ a: 1, b: '张三' }])
    expect(db.prepare('SELECT a, b FROM t').pluck().get()).toBe(1)
    expect(db.prepare('SELECT a, b FROM t').get()).toEqual({ a: 1, b: '张三' })
    // Writers are reused too, and keep working.
    db.prepare('INSERT INTO t VALUES (?, ?)').run(2, '李四')
    db.prepare('INSERT INTO t VALUES (?, ?)').run(3, '王小明')
    expect(db.prepare('SELECT count(*) AS n FROM t').get()).toEqual({ n: 3 })
    db.close()
  })
})
