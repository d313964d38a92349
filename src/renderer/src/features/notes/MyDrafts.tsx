import { Anchor, Box, Paper, Stack, Text, Title } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { callOrThrow } from '../../api'
import { QueryState } from '../../components/QueryState'
import { useWatchFormat } from '../watch/format'
import { templateName, useLabel, useTemplates } from './templates'
import { editorPath } from './useCreateNote'

/** The caller's unsigned drafts on the home page, each opening its editor: nothing typed is forgotten. */
export function MyDrafts() {
  const { t } = useTranslation()
  const label = useLabel()
  const format = useWatchFormat()
  const drafts = useQuery({ queryKey: ['notes.myDrafts', {}], queryFn: () => callOrThrow('notes.myDrafts', {}) })
  const templates = useTemplates()
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="my-drafts">
      <Title order={2} size="h4" id="my-drafts">
        {t('notes.drafts.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('notes.drafts.intro')}
      </Text>
      {!drafts.data && <QueryState query={drafts} failedKey="notes.drafts.loadFailed" />}
      {drafts.data?.length === 0 && <Text size="sm">{t('notes.drafts.empty')}</Text>}
      {drafts.data && drafts.data.length > 0 && (
        <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
          {[...drafts.data]
            .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
            .map((d) => (
              <Box component="li" key={d.id}>
                <Anchor component={Link} to={editorPath(d.studentId, d.id)} fw={500}>
                  {t('notes.drafts.item', { student: d.studentName, template: templateName(t, label, templates.data, d.templateKey) })}
                </Anchor>
                <Text size="sm" c="dimmed">
                  {t('notes.drafts.created', { time: format.time(d.createdAt) })}
                </Text>
              </Box>
            ))}
        </Stack>
      )}
    </Paper>
  )
}
