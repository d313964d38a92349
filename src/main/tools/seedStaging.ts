import { chmodSync, cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { createCore } from '../core/core'
import { callOrThrow } from './coreCall'

/** Where a seed builds its vault, and how the finished vault reaches the data dir. */
export interface Stage {
  dir: string
  /** Copies the finished (closed) vault into the data dir. */
  commit(): void
  /** Removes the staging copy, if any. */
  cleanup(): void
}

/** What the data dir holds, as the app would see it ('setup' when it holds no vault). */
export async function dataDirState(dataDir: string): Promise<string> {
  const core = createCore({ dataDir, idleCheckMs: 3_600_000 })
  try {
    return (await callOrThrow(core, 'app.status', {})).state
  } finally {
    await core.close()
  }
}

/**
 * The seed writes straight into the data dir, or — given a staging dir such as a RAM disk —
 * builds the vault there and copies the closed files over at the end. Every act of a seed is
 * its own committed transaction, and where each commit waits for the disk (synchronous=FULL)
 * years of appointments take many times longer; the vault that arrives is the same.
 */
export function openStage(dataDir: string, stagingDir: string | undefined): Stage {
  if (!stagingDir) return { dir: dataDir, commit: () => undefined, cleanup: () => undefined }
  mkdirSync(stagingDir, { recursive: true })
  const dir = mkdtempSync(join(stagingDir, 'xinan-seed-'))
  return {
    dir,
    commit() {
      mkdirSync(dataDir, { recursive: true, mode: 0o700 })
      // File modes come along (vault.json stays owner-only, as the core wrote it).
      cpSync(dir, dataDir, { recursive: true })
      chmodSync(dataDir, 0o700)
    },
    cleanup() {
      rmSync(dir, { recursive: true, force: true })
    }
  }
}
