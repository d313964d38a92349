import { Alert, Box, Center, Loader, Paper, Stack, Text, Title } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import type { i18n as I18n, TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import type { TimelineEntryDto } from '@shared/contract'
import { CENTRE_TIME_ZONE } from '@shared/centreTime'
import { callOrThrow } from '../../api'
import { queryErrorMessage } from './queryError'

/** Params that carry an enum key ('serious', 'family_contact'), shown by its name rather than the key. */
const ENUM_PARAMS: Record<string, string> = {
  tier: 'watch.tiers',
  from: 'watch.tiers',
  to: 'watch.tiers',
  item: 'watch.checklistItems',
  kind: 'watch.followUpKinds',
  channel: 'watch.followUpChannels',
  decision: 'watch.decisions',
  appointmentKind: 'calendar.kinds',
  cancelReason: 'calendar.cancelReasons'
}

function translatedParams(t: TFunction, i18n: I18n, params: TimelineEntryDto['params']): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(params).map(([key, value]) => {
      const enumKey = ENUM_PARAMS[key] ? `${ENUM_PARAMS[key]}.${value}` : null
      return [key, enumKey && i18n.exists(enumKey) ? t(enumKey) : value]
    })
  )
}

/** Everything that happened to the student, newest first, as each capability reports it. */
export function StudentTimeline({ studentId }: { studentId: string }) {
  const { t, i18n } = useTranslation()
  const timeline = useQuery({
    queryKey: ['students.timeline', { id: studentId }],
    queryFn: () => callOrThrow('students.timeline', { id: studentId })
  })
  const formatTime = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short', timeZone: CENTRE_TIME_ZONE })

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="student-timeline">
      <Title order={2} size="h4" id="student-timeline" mb="sm">
        {t('students.file.timeline')}
      </Title>
      {timeline.isPending && (
        <Center p="md">
          <Loader size="sm" aria-label={t('app.loading')} />
        </Center>
      )}
      {timeline.isError && (
        <Alert color="red" role="alert">
          {t('students.file.timelineFailed', { message: queryErrorMessage(t, timeline.error) })}
        </Alert>
      )}
      {timeline.data?.length === 0 && <Text c="dimmed">{t('students.file.timelineEmpty')}</Text>}
      {timeline.data && timeline.data.length > 0 && (
        <Stack component="ol" gap="sm" style={{ listStyle: 'none', paddingInlineStart: 0, margin: 0 }}>
          {timeline.data.map((entry, n) => (
            <Box
              component="li"
              key={`${entry.at}-${entry.kind}-${n}`}
              pl="sm"
              style={{ borderInlineStart: '3px solid var(--mantine-color-teal-9)' }}
            >
              <Text size="sm" c="dimmed">
                <time dateTime={entry.at}>{formatTime.format(new Date(entry.at))}</time>
              </Text>
              <Text fw={600}>{t(entry.titleKey, { ...translatedParams(t, i18n, entry.params), defaultValue: t('students.file.timelineEntry') })}</Text>
              {entry.detail && (
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {entry.detail}
                </Text>
              )}
              {entry.byName && (
                <Text size="sm" c="dimmed">
                  {t('students.file.by', { name: entry.byName })}
                </Text>
              )}
            </Box>
          ))}
        </Stack>
      )}
    </Paper>
  )
}
