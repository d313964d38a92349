import type { Locator, Page } from '@playwright/test'
import { expect, expectAccessible, type XinAnServer } from './fixtures'
import type { Rpc } from './rpc'

/*
 * What the specs do on any screen, in one place so they all do it the same way: find a screen by
 * its heading, open a section, sign in as a user the test created, pick from a select, and run
 * axe on the screen as it rests.
 */

/** The first password the specs give the users they create (calendar.spec.ts keeps its own). */
export const TEMP_PASSWORD = 'Temp-password-2024'
/** What `becomeUser` changes TEMP_PASSWORD to, as the core asks at a first sign-in. */
export const OWN_PASSWORD = 'Own-password-2024-xyz'

/** Every screen names itself by its one level-1 heading. */
export const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name })

/** Opens a section by pointer from the main navigation (admin.spec.ts goes by keyboard on purpose). */
export const nav = (page: Page, name: string) => page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name, exact: true }).click()

/** Opens a student's file by its route, without going through the list. */
export const openFile = (page: Page, id: string) => page.evaluate((studentId) => (window.location.hash = `#/students/${studentId}`), id)

/** A table's rows that contain the text. */
export const rowOf = (table: Locator, text: string) => table.getByRole('row').filter({ hasText: text })

/**
 * Logs the page's session in as another user, created with TEMP_PASSWORD, who then sets
 * OWN_PASSWORD (over HTTP: the sign-in screens have their own tests), and reloads the page.
 */
export async function becomeUser(page: Page, rpc: Rpc, server: XinAnServer, username: string): Promise<void> {
  await rpc('auth.logout', {})
  await rpc('auth.login', { username, password: TEMP_PASSWORD })
  await rpc('auth.changePassword', { currentPassword: TEMP_PASSWORD, newPassword: OWN_PASSWORD })
  await page.goto(server.url)
}

/**
 * Notices fade in and out; axe would measure the contrast of fading text, so each check first
 * closes them by their named button. They are found as Mantine notifications, not by role: a
 * form's error or a banner is an alert too, and is part of the screen being checked.
 */
export async function dismissNotices(page: Page): Promise<void> {
  const closers = page.locator('.mantine-Notification-root').getByRole('button', { name: '关闭' })
  for (let n = await closers.count(); n > 0; n = await closers.count()) {
    // A success notice may close by itself meanwhile; then there is nothing left to click.
    await closers.first().click({ timeout: 3_000 }).catch(() => undefined)
    await expect.poll(() => closers.count()).toBeLessThan(n)
  }
}

/** Runs axe (fixtures.ts) on the screen at rest: notices closed and the pointer off every control. */
export async function checkAccessible(page: Page, screen: string): Promise<void> {
  await dismissNotices(page)
  // A filled button under the pointer shows its lighter hover shade; axe should judge the resting one.
  await page.mouse.move(0, 0)
  await expectAccessible(page, screen)
}

/**
 * Picks an option in the labelled select within `scope`. A text option is matched whole, left
 * alone when it is already picked (clicking a picked option would clear it), and must then show
 * in the box. A pattern (for options that carry a description after the name) is only clicked.
 */
export async function choose(page: Page, scope: Locator, label: string, option: string | RegExp): Promise<void> {
  const box = scope.getByRole('combobox', { name: label })
  if (typeof option === 'string' && (await box.inputValue()) === option) return
  await box.click()
  await page.getByRole('option', { name: option, exact: true }).click()
  if (typeof option === 'string') await expect(box).toHaveValue(option)
}
