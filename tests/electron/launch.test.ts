import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { _electron as electron } from 'playwright-core'

/**
 * Launches the built app with Playwright's Electron driver. Electron's binary cannot be
 * downloaded on every machine (it is not on CI here); where it is missing the test says so
 * and is skipped, rather than passing without running.
 */
function electronBinary(): string | null {
  // Read where the package put the binary rather than require('electron'), which tries to
  // download it when it is missing.
  const dir = dirname(createRequire(import.meta.url).resolve('electron/package.json'))
  const pathFile = join(dir, 'path.txt')
  if (!existsSync(pathFile)) return null
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(binary) ? binary : null
}

const binary = electronBinary()
if (!binary) console.warn('tests/electron: SKIPPED — no Electron binary on this machine (npm could not download it).')

describe('the Electron app', () => {
  it.skipIf(!binary)('opens its window on the setup screen, sandboxed, with no way out', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'xinan-electron-'))
    const app = await electron.launch({
      executablePath: binary!,
      args: ['out/main/index.js'],
      env: { ...process.env, XINAN_DATA_DIR: dataDir }
    })
    try {
      const page = await app.firstWindow()
      await expect.poll(() => page.title()).toContain('心安')
      expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined')
      expect(await page.evaluate(() => typeof (window as unknown as { process?: unknown }).process)).toBe('undefined')
      const before = page.url()
      await page.evaluate(() => {
        window.location.href = 'https://example.com/'
      })
      await page.waitForTimeout(500)
      expect(page.url()).toBe(before)
      const status = await page.evaluate(() => window.xinan.call('app.status', {}))
      expect(status).toMatchObject({ ok: true, value: { state: 'setup' } })
    } finally {
      await app.close()
      rmSync(dataDir, { recursive: true, force: true })
    }
  })
})
