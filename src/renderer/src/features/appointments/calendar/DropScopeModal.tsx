import { Button, Group, Modal, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Scope } from './ScopeChoice'

/** Asked after a series appointment is dragged: move this one, or this and the following ones? */
export function DropScopeModal({ onChoose, onClose }: { onChoose: (scope: Scope) => void; onClose: () => void }) {
  const { t } = useTranslation()
  return (
    <Modal opened onClose={onClose} title={t('calendar.move.dragTitle')} closeButtonProps={{ 'aria-label': t('actions.close') }}>
      <Stack>
        <Text>{t('calendar.move.seriesQuestion')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('actions.cancel')}
          </Button>
          <Button variant="default" onClick={() => onChoose('following')}>
            {t('calendar.scopes.following')}
          </Button>
          <Button data-autofocus onClick={() => onChoose('one')}>
            {t('calendar.scopes.one')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
