import { Group, Text } from '@mantine/core'
import { IconAlertCircle, IconCheck, IconLoader2 } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { CENTRE_TIME_ZONE } from '@shared/centreTime'
import { describeError } from '../../../components/forms'
import type { SaveState } from './useDraftAutosave'

/** Where the draft stands, said politely to screen readers as it changes. */
export function SaveStatus({ state, savedAt }: { state: SaveState; savedAt: string }) {
  const { t, i18n } = useTranslation()
  const clock = new Intl.DateTimeFormat(i18n.language, { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23', timeZone: CENTRE_TIME_ZONE })
  const failed = state.kind === 'failed'
  const text =
    state.kind === 'saving'
      ? t('notes.editor.saving')
      : state.kind === 'failed'
        ? state.refusal
          ? t('notes.editor.saveRefused', { message: describeError(t, state.refusal) })
          : t('notes.editor.saveFailed')
        : t('notes.editor.saved', { time: clock.format(new Date(state.kind === 'saved' ? state.at : savedAt)) })
  const Icon = state.kind === 'saving' ? IconLoader2 : failed ? IconAlertCircle : IconCheck
  return (
    <Group gap={6} wrap="nowrap" role="status" aria-live="polite">
      <Icon size={16} aria-hidden color={failed ? 'var(--mantine-color-error)' : undefined} />
      <Text size="sm" c={failed ? 'var(--mantine-color-error)' : undefined}>
        {text}
      </Text>
    </Group>
  )
}
