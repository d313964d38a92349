import { createRequire } from 'node:module'
import type BetterSqlite3 from 'better-sqlite3'

type Constructor = typeof BetterSqlite3

let real: Constructor | undefined

/**
 * Stands in for better-sqlite3 in the crash writer's startup snapshot (bundle.ts): a native addon
 * cannot be part of a V8 snapshot, so the binding is loaded at the first `new Database(…)`, after
 * the child has started, from the path the parent passes in XINAN_SQLITE.
 */
export default function Database(...args: ConstructorParameters<Constructor>): BetterSqlite3.Database {
  const path = process.env.XINAN_SQLITE
  if (!path) throw new Error('XINAN_SQLITE is not set')
  real ??= createRequire(path)(path) as Constructor
  return new real(...args)
}
