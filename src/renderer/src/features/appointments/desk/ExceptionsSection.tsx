import { useState } from 'react'
import { Button, Group, Stack, Table, Text, Title } from '@mantine/core'
import { modals } from '@mantine/modals'
import { IconPlus, IconTrash } from '@tabler/icons-react'
import { useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { ChannelOutput } from '@shared/contract'
import { call } from '../../../api'
import { describeError } from '../../../components/forms'
import { focusOrigin, returnFocus } from '../../../components/focusReturn'
import { notify } from '../../../components/notify'
import { ExceptionModal } from './ExceptionModal'
import { useDeskFormat } from './format'

type AvailabilityException = ChannelOutput<'appointments.availability.get'>['exceptions'][number]

/** Dates a counsellor is away: listed, added and deleted here; the calendar leaves them unbookable. */
export function ExceptionsSection({ userId, exceptions }: { userId: string; exceptions: AvailabilityException[] }) {
  const { t } = useTranslation()
  const format = useDeskFormat()
  const queryClient = useQueryClient()
  const [adding, setAdding] = useState(false)
  const rows = [...exceptions].sort((a, b) => a.from.localeCompare(b.from))

  const remove = (e: AvailabilityException) => {
    const words = { kind: t(`desk.exceptionKinds.${e.kind}`), from: format.date(e.from), to: format.date(e.to) }
    const origin = focusOrigin()
    modals.openConfirmModal({
      title: t('desk.exceptions.deleteTitle'),
      children: <Text size="sm">{t('desk.exceptions.deleteBody', words)}</Text>,
      labels: { confirm: t('actions.delete'), cancel: t('actions.cancel') },
      confirmProps: { color: 'red' },
      closeButtonProps: { 'aria-label': t('actions.close') },
      onConfirm: async () => {
        const result = await call('appointments.exception.delete', { id: e.id })
        if (!result.ok) {
          notify(t, describeError(t, result.error), t('desk.availability.failed'))
          return
        }
        notify(t, t('desk.exceptions.deleted'))
        await Promise.all(['appointments.availability.get', 'appointments.calendar'].map((c) => queryClient.invalidateQueries({ queryKey: [c] })))
      },
      onClose: () => returnFocus(origin)
    })
  }

  return (
    <Stack component="section" aria-labelledby="availability-exceptions">
      <Group justify="space-between">
        <div>
          <Title order={2} size="h4" id="availability-exceptions">
            {t('desk.exceptions.title')}
          </Title>
          <Text size="sm">{t('desk.exceptions.intro')}</Text>
        </div>
        <Button variant="light" leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setAdding(true)}>
          {t('desk.exceptions.add')}
        </Button>
      </Group>
      {rows.length === 0 ? (
        <Text size="sm">{t('desk.exceptions.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped captionSide="top">
            <Table.Caption>{t('desk.exceptions.caption', { count: rows.length })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('desk.exceptions.columns.kind')}</Table.Th>
                <Table.Th scope="col">{t('desk.exceptions.columns.from')}</Table.Th>
                <Table.Th scope="col">{t('desk.exceptions.columns.to')}</Table.Th>
                <Table.Th scope="col">{t('desk.exceptions.columns.note')}</Table.Th>
                <Table.Th scope="col">{t('desk.exceptions.columns.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((e) => (
                <Table.Tr key={e.id}>
                  <Table.Th scope="row">{t(`desk.exceptionKinds.${e.kind}`)}</Table.Th>
                  <Table.Td>
                    <time dateTime={e.from}>{format.date(e.from)}</time>
                  </Table.Td>
                  <Table.Td>
                    <time dateTime={e.to}>{format.date(e.to)}</time>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{e.note}</Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      leftSection={<IconTrash size={16} aria-hidden />}
                      aria-label={t('desk.exceptions.deleteLabel', { kind: t(`desk.exceptionKinds.${e.kind}`), from: format.date(e.from), to: format.date(e.to) })}
                      onClick={() => remove(e)}
                    >
                      {t('desk.exceptions.delete')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {adding && <ExceptionModal userId={userId} onClose={() => setAdding(false)} />}
    </Stack>
  )
}
