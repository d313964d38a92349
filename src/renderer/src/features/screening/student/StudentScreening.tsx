import { useCallback, useEffect, useRef, useState } from 'react'
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { IconClipboardHeart } from '@tabler/icons-react'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import type { InstrumentDefinition, ResultDto } from '@shared/contract'
import { roleMayCall } from '@shared/permissions'
import { callOrThrow } from '../../../api'
import { useSession } from '../../../app/session'
import { QueryState } from '../../../components/QueryState'
import { useInstruments } from '../useInstruments'
import { AdministerModal } from './AdministerModal'
import { ResultModal } from './ResultModal'
import { ResultsTable } from './ResultsTable'
import { TrendCharts } from './TrendCharts'

const HEADING_ID = 'student-screening'

/**
 * The student file's 心理测评 card: each instrument's trend, every result (opening its answers),
 * and PHQ-9 / GAD-7 given on the spot. Opened from a crisis alert (`?screening=<id>`), it scrolls
 * into view, takes focus and opens that result.
 */
export function StudentScreening({ studentId }: { studentId: string }) {
  const { t } = useTranslation()
  const role = useSession().user.role
  const [params, setParams] = useSearchParams()
  const heading = useRef<HTMLHeadingElement>(null)
  const [viewing, setViewing] = useState<ResultDto | null>(null)
  const [giving, setGiving] = useState<InstrumentDefinition | null>(null)
  const input = { studentId }
  const results = useQuery({ queryKey: ['screening.student.results', input], queryFn: () => callOrThrow('screening.student.results', input) })
  const instruments = useInstruments()
  const administrable = roleMayCall(role, 'screening.administer') ? (instruments.data ?? []).filter((i) => i.definition.administrable) : []
  const wanted = params.get('screening')

  // From an alert, the result it names opens for as long as the address names it.
  const fromAlert = wanted ? results.data?.find((r) => r.id === wanted) : undefined
  const shown = viewing ?? fromAlert ?? null
  const forget = useCallback(
    () =>
      setParams(
        (p) => {
          const next = new URLSearchParams(p)
          next.delete('screening')
          return next
        },
        { replace: true }
      ),
    [setParams]
  )

  useEffect(() => {
    if (wanted === null || !results.data) return
    heading.current?.scrollIntoView({ block: 'start' })
    // With a result open, focus belongs to its dialog; without one, the card's heading takes it.
    if (fromAlert) return
    heading.current?.focus()
    forget()
  }, [wanted, results.data, fromAlert, forget])

  const close = () => {
    setViewing(null)
    if (fromAlert) {
      forget()
      setTimeout(() => heading.current?.focus(), 60)
    }
  }

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={HEADING_ID}>
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id={HEADING_ID} ref={heading} tabIndex={-1} style={{ outline: 'none' }}>
          {t('screening.card.title')}
        </Title>
        <Group gap="xs">
          {administrable.map((instrument) => (
            <Button
              key={instrument.key}
              size="sm"
              variant="light"
              leftSection={<IconClipboardHeart size={16} aria-hidden />}
              onClick={() => setGiving(instrument.definition)}
            >
              {t('screening.card.administer', { instrument: instrument.definition.short })}
            </Button>
          ))}
        </Group>
      </Group>
      <QueryState query={results} failedKey="screening.card.loadFailed" />
      {results.data?.length === 0 && <Text c="dimmed">{t('screening.card.none')}</Text>}
      {results.data && results.data.length > 0 && (
        <Stack>
          <TrendCharts results={results.data} />
          <ResultsTable results={results.data} onView={setViewing} />
        </Stack>
      )}
      {shown && <ResultModal result={shown} onClose={close} />}
      {giving && <AdministerModal studentId={studentId} definition={giving} onClose={() => setGiving(null)} />}
    </Paper>
  )
}
