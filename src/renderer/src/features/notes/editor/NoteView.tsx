import type { ReactNode } from 'react'
import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { NoteDto, TemplateDefinition } from '@shared/contract'
import { useWatchFormat } from '../../watch/format'
import { useLabel } from '../templates'
import { useCategories } from '../useCategories'
import { formatValue } from './formatValue'
import { RiskView } from './RiskView'

function Entry({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" fw={600} size="sm">
        {term}
      </Text>
      <Text component="dd" m={0} style={{ whiteSpace: 'pre-wrap' }}>
        {children}
      </Text>
    </div>
  )
}

/** A note as it was written, read-only: each section, categories, and the risk assessment. */
export function NoteView({ note, template }: { note: NoteDto; template: TemplateDefinition }) {
  const { t } = useTranslation()
  const label = useLabel()
  const format = useWatchFormat()
  const { nameOf } = useCategories()
  const empty = t('notes.view.empty')
  return (
    <Stack gap="md">
      {template.sections.map((section) => (
        <Paper key={section.key} withBorder p="md" component="section" aria-labelledby={`note-section-${section.key}`}>
          <Title order={2} size="h4" id={`note-section-${section.key}`} mb="sm">
            {label(section.title)}
          </Title>
          <Stack component="dl" gap="sm" m={0}>
            {section.fields.map((field) => (
              <Entry key={field.key} term={label(field.label)}>
                {formatValue(t, label, format.date, field, note.content[field.key]) ?? empty}
              </Entry>
            ))}
          </Stack>
        </Paper>
      ))}
      {template.risk !== 'none' || note.risk ? <RiskView note={note} /> : null}
      <Paper withBorder p="md" component="section" aria-labelledby="note-details">
        <Title order={2} size="h4" id="note-details" mb="sm">
          {t('notes.editor.details')}
        </Title>
        <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="sm" m={0}>
          <Entry term={t('notes.editor.categories')}>
            {note.categories.length ? note.categories.map(nameOf).join(t('watch.listSeparator')) : t('notes.view.noCategories')}
          </Entry>
          <Entry term={t('notes.editor.sensitive')}>{t(note.sensitive ? 'notes.view.yes' : 'notes.view.no')}</Entry>
        </SimpleGrid>
      </Paper>
    </Stack>
  )
}
