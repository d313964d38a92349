import { useState } from 'react'
import { Alert, Button, Center, Group, Loader, Stack, Text } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { ActivityDto, StatsRange } from '@shared/contract'
import { callOrThrow, CallFailed } from '../../../api'
import { describeError } from '../../../components/forms'
import { RangePicker } from '../RangePicker'
import { rangeErrors } from '../rangeErrors'
import { monthRange, thisMonth } from '../ranges'
import { ActivityModal } from './ActivityModal'
import { ActivityTable } from './ActivityTable'
import { RemoveActivityModal } from './RemoveActivityModal'

type Dialog = { kind: 'create' } | { kind: 'edit'; activity: ActivityDto } | { kind: 'remove'; activity: ActivityDto }

/** The centre's activity log for a period (this month first): log, edit, remove. */
export function ActivitiesPanel() {
  const { t } = useTranslation()
  const [initialMonth] = useState(() => thisMonth())
  const [range, setRange] = useState<StatsRange>(() => monthRange(initialMonth))
  const [dialog, setDialog] = useState<Dialog | null>(null)
  const activities = useQuery({
    queryKey: ['activities.list', range],
    queryFn: () => callOrThrow('activities.list', range),
    placeholderData: keepPreviousData
  })
  const data = activities.isError ? undefined : activities.data

  return (
    <Stack>
      <Text size="sm">{t('stats.activities.intro')}</Text>
      <Group justify="space-between" align="flex-end">
        <RangePicker initialMonth={initialMonth} value={range} onChange={setRange} errors={rangeErrors(activities.error, t)} />
        <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setDialog({ kind: 'create' })}>
          {t('stats.activities.create')}
        </Button>
      </Group>
      {activities.isPending && (
        <Center p="xl">
          <Loader aria-label={t('app.loading')} />
        </Center>
      )}
      {activities.isError && (
        <Alert color="red" role="alert">
          {t('stats.activities.loadFailed', {
            message: activities.error instanceof CallFailed ? describeError(t, activities.error.error) : t('errors.internal')
          })}
        </Alert>
      )}
      {data &&
        (data.length === 0 ? (
          <Text c="dimmed">{t('stats.activities.empty')}</Text>
        ) : (
          <ActivityTable
            activities={data}
            onEdit={(activity) => setDialog({ kind: 'edit', activity })}
            onRemove={(activity) => setDialog({ kind: 'remove', activity })}
          />
        ))}
      {dialog?.kind === 'create' && <ActivityModal onClose={() => setDialog(null)} />}
      {dialog?.kind === 'edit' && <ActivityModal activity={dialog.activity} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'remove' && <RemoveActivityModal activity={dialog.activity} onClose={() => setDialog(null)} />}
    </Stack>
  )
}
