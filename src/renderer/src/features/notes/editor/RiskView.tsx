import { Group, Paper, SimpleGrid, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { NoteDto } from '@shared/contract'
import { RiskBadge } from '../badges'

/** The risk answers in words, the computed and recorded levels, and the reason for any lowering. */
export function RiskView({ note }: { note: NoteDto }) {
  const { t } = useTranslation()
  const risk = note.risk
  const entries: [string, string][] = risk
    ? [
        [t('notes.risk.questions.suicidalIdeation'), t(`notes.risk.answers.suicidalIdeation.${risk.suicidalIdeation}`)],
        [t('notes.risk.questions.plan'), t(risk.plan ? 'notes.view.yes' : 'notes.view.no')],
        [t('notes.risk.questions.intent'), t(risk.intent ? 'notes.view.yes' : 'notes.view.no')],
        [t('notes.risk.questions.means'), t(risk.means ? 'notes.view.yes' : 'notes.view.no')],
        [t('notes.risk.questions.pastAttempts'), t(`notes.risk.answers.pastAttempts.${risk.pastAttempts}`)],
        [t('notes.risk.questions.selfHarm'), t(`notes.risk.answers.selfHarm.${risk.selfHarm}`)],
        [t('notes.risk.questions.harmToOthers'), t(`notes.risk.answers.harmToOthers.${risk.harmToOthers}`)],
        [
          t('notes.risk.questions.protectiveFactors'),
          risk.protectiveFactors.length ? risk.protectiveFactors.map((f) => t(`notes.risk.factors.${f}`)).join(t('watch.listSeparator')) : t('watch.none')
        ]
      ]
    : []
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="note-risk">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="note-risk">
          {t('notes.risk.title')}
        </Title>
        {risk && <RiskBadge level={note.level} size="lg" />}
      </Group>
      {!risk && <Text size="sm">{t('notes.view.noRisk')}</Text>}
      {risk && (
        <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="sm" m={0}>
          {entries.map(([term, value]) => (
            <div key={term}>
              <Text component="dt" fw={600} size="sm">
                {term}
              </Text>
              <Text component="dd" m={0}>
                {value}
              </Text>
            </div>
          ))}
          <div>
            <Text component="dt" fw={600} size="sm">
              {t('notes.view.computedLevel')}
            </Text>
            <Text component="dd" m={0}>
              {note.computedLevel ? t(`notes.levels.${note.computedLevel}`) : t('notes.noLevel')}
            </Text>
          </div>
          <div>
            <Text component="dt" fw={600} size="sm">
              {t('notes.view.finalLevel')}
            </Text>
            <Text component="dd" m={0}>
              {note.level ? t(`notes.levels.${note.level}`) : t('notes.noLevel')}
            </Text>
          </div>
          {note.lowerReason && (
            <div>
              <Text component="dt" fw={600} size="sm">
                {t('notes.view.lowerReason')}
              </Text>
              <Text component="dd" m={0} style={{ whiteSpace: 'pre-wrap' }}>
                {note.lowerReason}
              </Text>
            </div>
          )}
        </SimpleGrid>
      )}
    </Paper>
  )
}
