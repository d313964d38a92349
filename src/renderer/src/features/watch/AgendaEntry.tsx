import { useState, type FormEvent } from 'react'
import { Badge, Button, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { REVIEW_DECISIONS, type ChannelOutput } from '@shared/contract'
import { call } from '../../api'
import { describeError, issuesToFormErrors } from '../../components/forms'
import { notify } from '../../components/notify'
import { WATCH_QUERIES } from './invalidate'
import { ReviewDate } from './ReviewDate'
import { StudentLink } from './StudentLink'
import { TierBadge } from './TierBadge'

type Agenda = ChannelOutput<'watch.review.agenda'>
type Entry = Agenda['entries'][number]
type Decision = (typeof REVIEW_DECISIONS)[number]

/** One student on the weekly agenda: why they are on it, and the meeting's decision. */
export function AgendaEntry({ date, entry }: { date: string; entry: Entry }) {
  const { t } = useTranslation()
  const { student } = entry
  const headingId = `agenda-${student.studentId}`
  return (
    <Paper component="li" withBorder p="md">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Stack gap={4}>
            <Group gap="sm">
              <Title order={3} size="h5" id={headingId}>
                <StudentLink id={student.studentId} name={student.name} />
              </Title>
              <Text size="sm">{student.studentNo}</Text>
              <TierBadge tier={student.tier} short />
            </Group>
            <Text size="sm">{[student.collegeName, student.className].filter(Boolean).join(' / ')}</Text>
          </Stack>
          <Group gap="xs" aria-label={t('watch.review.reasons')} role="list">
            {entry.reasons.map((reason) => (
              <Badge key={reason} role="listitem" color={reason === 'crisis_open' ? 'red' : reason === 'tier_changed' ? 'blue' : 'orange'} variant="light">
                {t(`watch.agendaReasons.${reason}`)}
              </Badge>
            ))}
          </Group>
        </Group>
        <Group gap="lg">
          <Text size="sm">{t('watch.review.counsellor', { name: student.counsellorName ?? t('watch.plan.noCounsellor') })}</Text>
          <Text size="sm">{t('watch.review.openItems', { open: student.openItems, overdue: student.overdueItems })}</Text>
          <Group gap={6}>
            <Text size="sm">{t('watch.panel.nextReview')}</Text>
            <ReviewDate date={student.nextReviewDate} />
          </Group>
        </Group>
        <DecisionForm date={date} entry={entry} />
      </Stack>
    </Paper>
  )
}

function DecisionForm({ date, entry }: { date: string; entry: Entry }) {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const name = entry.student.name
  const [decision, setDecision] = useState<Decision | null>(entry.decision)
  const [note, setNote] = useState(entry.decisionNote)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const save = useMutation({
    mutationFn: () => call('watch.review.decide', { date, studentId: entry.student.studentId, decision: decision as Decision, note }),
    onSuccess: async (result) => {
      if (!result.ok) {
        const fieldErrors = issuesToFormErrors(result.error.issues ?? [], t)
        setErrors(fieldErrors)
        if (Object.keys(fieldErrors).length === 0) notify(t, describeError(t, result.error), t('watch.failed'))
        return
      }
      queryClient.setQueryData(['watch.review.agenda', { date }], result.value)
      notify(t, t('watch.review.decided', { name }))
      await Promise.all(WATCH_QUERIES.map((c) => queryClient.invalidateQueries({ queryKey: [c] })))
    }
  })
  const saved = entry.decision !== null && entry.decision === decision && entry.decisionNote === note.trim()
  const changed = entry.decision !== null && !saved

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (!decision) {
      setErrors({ decision: t('validation.choice') })
      return
    }
    setErrors({})
    save.mutate()
  }

  return (
    <form onSubmit={submit} noValidate>
      <Group align="flex-end" gap="sm">
        <Select
          label={t('watch.review.decision', { name })}
          data={REVIEW_DECISIONS.map((d) => ({ value: d, label: t(`watch.decisions.${d}`) }))}
          value={decision}
          onChange={(value) => setDecision(value as Decision | null)}
          error={errors['decision']}
          w={180}
        />
        <TextInput
          label={t('watch.review.decisionNote', { name })}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={errors['note']}
          style={{ flex: 1, minWidth: 220 }}
        />
        <Button type="submit" loading={save.isPending} aria-label={t('watch.review.decideLabel', { name })}>
          {t('watch.review.decide')}
        </Button>
      </Group>
      <Text size="sm" mt={6} role="status" fw={saved ? 600 : 400}>
        {saved && entry.decision
          ? t('watch.review.savedState', { decision: t(`watch.decisions.${entry.decision}`) })
          : changed
            ? t('watch.review.changed')
            : t('watch.review.unsaved')}
      </Text>
    </form>
  )
}
