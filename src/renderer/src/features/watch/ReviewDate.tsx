import { Badge, Group, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { centreToday, useWatchFormat } from './format'

/** A next-review date, marked in words (not colour alone) when it is today or past. */
export function ReviewDate({ date }: { date: string | null }) {
  const { t } = useTranslation()
  const format = useWatchFormat()
  if (!date) return <Text span size="sm">{t('watch.none')}</Text>
  const today = centreToday()
  return (
    <Group gap={6} wrap="nowrap" component="span">
      <time dateTime={date}>{format.date(date)}</time>
      {date < today && (
        <Badge color="red" variant="light" size="sm">
          {t('watch.overdue')}
        </Badge>
      )}
      {date === today && (
        <Badge color="orange" variant="light" size="sm">
          {t('watch.dueToday')}
        </Badge>
      )}
    </Group>
  )
}
