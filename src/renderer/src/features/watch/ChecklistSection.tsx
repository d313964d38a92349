import { useState } from 'react'
import { Badge, Button, Group, Stack, Table, Text, Textarea, Title } from '@mantine/core'
import { useForm } from '@mantine/form'
import { IconCheck } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { contract, type Tier, type WatchDto } from '@shared/contract'
import { schemaValidator } from '../../components/forms'
import { FormModal } from '../../components/FormModal'
import { notify } from '../../components/notify'
import { useFormCall } from '../../components/useFormCall'
import { isPast, useWatchFormat } from './format'
import { WATCH_QUERIES } from './invalidate'

type Item = WatchDto['checklist'][number]

/** What the current tier asks for: each item with its deadline, ticked when done. */
export function ChecklistSection({ tier, items }: { tier: Tier; items: Item[] }) {
  const { t } = useTranslation()
  const format = useWatchFormat()
  const [completing, setCompleting] = useState<Item | null>(null)
  // Most urgent first: a crisis's one-hour item must not hide below a 24-hour one.
  const current = items.filter((item) => !item.superseded && item.tier === tier).sort((a, b) => a.dueAt.localeCompare(b.dueAt))

  return (
    <section aria-labelledby="watch-checklist">
      <Title order={3} size="h5" id="watch-checklist" mb="xs">
        {t('watch.checklist.title', { tier: t(`watch.tiers.${tier}`) })}
      </Title>
      {current.length === 0 ? (
        <Text size="sm">{t('watch.checklist.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table aria-label={t('watch.checklist.caption')} verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('watch.checklist.item')}</Table.Th>
                <Table.Th scope="col">{t('watch.checklist.due')}</Table.Th>
                <Table.Th scope="col">{t('watch.checklist.state')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {current.map((item) => {
                const label = t(`watch.checklistItems.${item.item}`)
                const overdue = !item.doneAt && isPast(item.dueAt)
                return (
                  <Table.Tr key={item.id}>
                    <Table.Th scope="row" fw={500}>
                      {label}
                    </Table.Th>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <time dateTime={item.dueAt}>{format.time(item.dueAt)}</time>
                        {overdue && (
                          <Badge color="red" variant="light">
                            {t('watch.overdue')}
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      {item.doneAt ? (
                        <Stack gap={2}>
                          <Group gap={4} wrap="nowrap">
                            <IconCheck size={16} aria-hidden />
                            <Text size="sm">
                              {item.doneByName
                                ? t('watch.checklist.doneBy', { name: item.doneByName, time: format.time(item.doneAt) })
                                : t('watch.checklist.doneAt', { time: format.time(item.doneAt) })}
                            </Text>
                          </Group>
                          {item.note && <Text size="sm">{t('watch.checklist.doneNote', { note: item.note })}</Text>}
                        </Stack>
                      ) : (
                        <Group gap="xs" wrap="nowrap">
                          <Text size="sm">{t('watch.checklist.open')}</Text>
                          <Button
                            size="xs"
                            variant="light"
                            aria-label={t('watch.checklist.completeLabel', { item: label })}
                            onClick={() => setCompleting(item)}
                          >
                            {t('watch.checklist.complete')}
                          </Button>
                        </Group>
                      )}
                    </Table.Td>
                  </Table.Tr>
                )
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {completing && <CompleteModal item={completing} onClose={() => setCompleting(null)} />}
    </section>
  )
}

function CompleteModal({ item, onClose }: { item: Item; onClose: () => void }) {
  const { t } = useTranslation()
  const label = t(`watch.checklistItems.${item.item}`)
  const check = schemaValidator(contract['watch.checklist.complete'].input, t)
  const form = useForm<{ note: string }>({
    initialValues: { note: '' },
    validate: (values) => check({ itemId: item.id, ...values })
  })
  const send = useFormCall('watch.checklist.complete', form, {
    toInput: (v) => ({ itemId: item.id, note: v.note }),
    invalidate: WATCH_QUERIES,
    onDone: () => {
      notify(t, t('watch.checklist.completed', { item: label }))
      onClose()
    }
  })
  return (
    <FormModal
      title={t('watch.checklist.completeTitle', { item: label })}
      onClose={onClose}
      onSubmit={send.submit}
      failure={send.failure}
      pending={send.pending}
      submitLabel={t('watch.checklist.completeSubmit')}
    >
      <Textarea
        label={t('watch.checklist.note')}
        description={t('watch.checklist.noteHelp')}
        autosize
        minRows={2}
        maxRows={6}
        data-autofocus
        {...form.getInputProps('note')}
      />
    </FormModal>
  )
}
