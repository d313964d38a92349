import { notifications } from '@mantine/notifications'
import type { TFunction } from 'i18next'

/**
 * A short notice after a write. Mantine's close button has no name of its own, which a screen
 * reader would announce as just "button"; every notice here names it. A refusal stays until it
 * is closed: someone reading slowly, or by screen reader, must not lose it after four seconds.
 */
export function notify(t: TFunction, message: string, failedTitle?: string): void {
  notifications.show({
    color: failedTitle ? 'red' : 'teal',
    title: failedTitle,
    message,
    autoClose: failedTitle ? false : undefined,
    closeButtonProps: { 'aria-label': t('actions.close') }
  })
}
