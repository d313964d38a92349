import { Text } from '@mantine/core'
import { modals } from '@mantine/modals'
import { useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { Channel } from '@shared/contract'
import { call } from '../../api'
import { describeError } from '../../components/forms'
import { focusOrigin, returnFocus } from '../../components/focusReturn'
import { notify } from '../../components/notify'

type DeleteChannel = 'settings.college.delete' | 'settings.class.delete' | 'settings.room.delete'

interface DeleteRequest {
  channel: DeleteChannel
  id: string
  title: string
  body: string
  invalidate: Channel
}

/**
 * Asks before deleting, then deletes. A refusal (e.g. a college that still has classes) is
 * shown as the core words it; nothing is removed from the screen unless the core removed it.
 */
export function useConfirmDelete(): (request: DeleteRequest) => void {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  return ({ channel, id, title, body, invalidate }) => {
    const origin = focusOrigin()
    modals.openConfirmModal({
      title,
      children: <Text size="sm">{body}</Text>,
      labels: { confirm: t('actions.delete'), cancel: t('actions.cancel') },
      confirmProps: { color: 'red' },
      closeButtonProps: { 'aria-label': t('actions.close') },
      onConfirm: async () => {
        const result = await call(channel, { id })
        if (!result.ok) {
          notify(t, describeError(t, result.error), t('settings.failed'))
          return
        }
        notify(t, t('status.deleted'))
        await queryClient.invalidateQueries({ queryKey: [invalidate] })
      },
      // After a refusal the button is still there; after a deletion it is gone and focus stays put.
      onClose: () => returnFocus(origin)
    })
  }
}
