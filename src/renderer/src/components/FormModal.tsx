import { useEffect, useState, type ReactNode, type SyntheticEvent } from 'react'
import { Alert, Button, Group, Modal, Stack } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { focusOrigin, returnFocus } from './focusReturn'

interface FormModalProps {
  title: string
  onClose: () => void
  onSubmit: (event?: SyntheticEvent<HTMLFormElement>) => void
  /** A refusal from the core that belongs to no single field. */
  failure: string | null
  pending: boolean
  submitLabel: string
  children: ReactNode
}

/** A dialog holding one form: its fields, a refusal if any, cancel and submit. */
export function FormModal({ title, onClose, onSubmit, failure, pending, submitLabel, children }: FormModalProps) {
  const { t } = useTranslation()
  const [origin] = useState(focusOrigin)
  useEffect(() => () => returnFocus(origin), [origin])
  return (
    <Modal opened onClose={onClose} title={title} closeButtonProps={{ 'aria-label': t('actions.close') }}>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          {children}
          {failure && (
            <Alert color="red" role="alert" title={t('users.failed')}>
              {failure}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('actions.cancel')}
            </Button>
            <Button type="submit" loading={pending}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
