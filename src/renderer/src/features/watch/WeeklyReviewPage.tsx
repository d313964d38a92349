import { useState } from 'react'
import { Alert, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core'
import { IconFileTypePdf, IconLock } from '@tabler/icons-react'
import { useMutation, useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { localDate } from '@shared/validation'
import { call, callOrThrow } from '../../api'
import { describeError } from '../../components/forms'
import { notify } from '../../components/notify'
import { PageTitle } from '../../components/PageTitle'
import { AgendaEntry } from './AgendaEntry'
import { downloadBase64 } from './download'
import { centreToday } from './format'
import { QueryState } from '../../components/QueryState'

/** 每周研判: the meeting's agenda for a date, a decision per student, and the agenda as a PDF. */
export function WeeklyReviewPage() {
  const { t, i18n } = useTranslation()
  const [date, setDate] = useState(centreToday)
  const valid = localDate.safeParse(date).success
  const input = { date }
  const agenda = useQuery({
    queryKey: ['watch.review.agenda', input],
    queryFn: () => callOrThrow('watch.review.agenda', input),
    enabled: valid
  })
  const pdf = useMutation({
    mutationFn: () => call('watch.review.pdf', { date, locale: i18n.language === 'en' ? 'en' : 'zh-CN' }),
    onSuccess: (result) => {
      if (!result.ok) {
        notify(t, describeError(t, result.error), t('watch.failed'))
        return
      }
      downloadBase64(result.value.fileName, result.value.pdfBase64, 'application/pdf')
      notify(t, t('watch.review.pdfDone', { file: result.value.fileName }))
    }
  })
  const entries = agenda.data?.entries ?? []

  return (
    <>
      <PageTitle>{t('watch.review.title')}</PageTitle>
      <Stack gap="md">
        <Group align="flex-end" gap="md">
          <TextInput
            type="date"
            label={t('watch.review.date')}
            description={t('watch.review.dateHelp')}
            value={date}
            onChange={(e) => setDate(e.currentTarget.value)}
            error={valid ? undefined : t('validation.date')}
            maw={520}
          />
          <Button
            leftSection={<IconFileTypePdf size={18} />}
            onClick={() => pdf.mutate()}
            loading={pdf.isPending}
            disabled={!valid}
          >
            {t('watch.review.pdf')}
          </Button>
        </Group>
        <Alert color="orange" variant="light" icon={<IconLock size={18} aria-hidden />}>
          {t('watch.review.pdfNotice')}
        </Alert>
        {valid && <QueryState query={agenda} failedKey="watch.loadFailed" />}
        {agenda.data && (
          <section aria-labelledby="review-agenda">
            <Title order={2} size="h4" id="review-agenda" mb="sm">
              {t('watch.review.agenda', { count: entries.length })}
            </Title>
            {entries.length === 0 ? (
              <Text>{t('watch.review.empty')}</Text>
            ) : (
              <Stack component="ol" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
                {entries.map((entry) => (
                  <AgendaEntry key={`${agenda.data.date}-${entry.student.studentId}`} date={agenda.data.date} entry={entry} />
                ))}
              </Stack>
            )}
          </section>
        )}
      </Stack>
    </>
  )
}
