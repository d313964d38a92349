import { defineConfig } from '@playwright/test'

/**
 * End-to-end tests drive Debian's Chromium against browser mode (`out/main/web.js`); each
 * test starts its own server on its own data dir (tests/e2e/fixtures.ts). Run `npm run build` first.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync'
      ]
    },
    // A failed test keeps its trace: actions, DOM snapshots, network and console. The screencast
    // is left out: filming every test cost more CPU than anything the tests do (screenshot below).
    trace: { mode: 'retain-on-failure', screenshots: false },
    screenshot: 'only-on-failure'
  }
})
