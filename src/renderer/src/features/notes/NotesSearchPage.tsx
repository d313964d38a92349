import { Fragment, useEffect, useMemo, useState } from 'react'
import { Alert, Anchor, Badge, Group, Mark, Paper, Stack, Text, TextInput } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { IconSearch } from '@tabler/icons-react'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import { Link, useSearchParams } from 'react-router'
import type { ChannelOutput } from '@shared/contract'
import { callOrThrow, CallFailed } from '../../api'
import { describeError } from '../../components/forms'
import { PageTitle } from '../../components/PageTitle'
import { notePath, useMoment } from './alerts/format'
import { RiskLevelBadge } from './alerts/RiskLevelBadge'

const LIMIT = 30
type Hit = ChannelOutput<'notes.search'>[number]

/**
 * /notes: full-text search over the notes the user may read. The query stays in the address, so
 * coming back from an opened note shows the same results.
 */
export function NotesSearchPage() {
  const { t } = useTranslation()
  const [params, setParams] = useSearchParams()
  const [text, setText] = useState(() => params.get('q') ?? '')
  const [debounced] = useDebouncedValue(text.trim(), 300)
  useEffect(() => {
    setParams(debounced ? { q: debounced } : {}, { replace: true })
  }, [debounced, setParams])

  const search = useQuery({
    queryKey: ['notes.search', { q: debounced, limit: LIMIT }],
    queryFn: () => callOrThrow('notes.search', { q: debounced, limit: LIMIT }),
    enabled: debounced.length > 0,
    placeholderData: keepPreviousData
  })
  const hits = debounced ? search.data : undefined

  return (
    <>
      <PageTitle>{t('alerts.search.title')}</PageTitle>
      <Stack maw={960}>
        <Text size="sm">{t('alerts.search.intro')}</Text>
        <div role="search">
          <TextInput
            type="search"
            label={t('alerts.search.label')}
            description={t('alerts.search.help')}
            leftSection={<IconSearch size={16} aria-hidden />}
            maxLength={100}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
          />
        </div>
        <Text role="status" size="sm">
          {statusText(t, debounced, search.isFetching, hits)}
        </Text>
        {debounced && search.isError && (
          <Alert color="red" role="alert">
            {t('alerts.search.failed', {
              message: search.error instanceof CallFailed ? describeError(t, search.error.error) : t('errors.internal')
            })}
          </Alert>
        )}
        {hits && hits.length > 0 && <Results hits={hits} />}
        {hits && hits.length >= LIMIT && <Text size="sm">{t('alerts.search.more', { count: LIMIT })}</Text>}
      </Stack>
    </>
  )
}

function statusText(t: TFunction, q: string, fetching: boolean, hits: Hit[] | undefined): string {
  if (!q) return t('alerts.search.prompt')
  if (fetching || !hits) return t('alerts.search.searching')
  if (hits.length === 0) return t('alerts.search.none', { q })
  return t('alerts.search.count', { count: hits.length })
}

function Results({ hits }: { hits: Hit[] }) {
  const { t, i18n } = useTranslation()
  const moment = useMoment()
  // Template names for the result lines; retired templates too, since old notes use them.
  const templates = useQuery({
    queryKey: ['notes.templates.list', { includeRetired: true }],
    queryFn: () => callOrThrow('notes.templates.list', { includeRetired: true })
  })
  const names = useMemo(() => {
    const lang = i18n.language === 'en' ? 'en' : 'zh-CN'
    return new Map((templates.data ?? []).map((tpl) => [tpl.definition.key, tpl.definition.name[lang]]))
  }, [templates.data, i18n.language])

  return (
    <Stack component="ul" aria-label={t('alerts.search.resultsLabel')} gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
      {hits.map(({ note, snippet }) => (
        <Paper component="li" key={note.id} withBorder p="md">
          <Anchor component={Link} to={notePath(note.studentId, note.id)} fw={600}>
            {t('alerts.search.open', {
              student: note.studentName,
              template: names.get(note.templateKey) ?? note.templateKey,
              date: moment(note.signedAt ?? note.createdAt)
            })}
          </Anchor>
          <Group gap="xs" mt={4}>
            <Text size="sm">{note.authorName ? t('alerts.search.author', { name: note.authorName }) : t('alerts.search.noAuthor')}</Text>
            {note.level ? <RiskLevelBadge level={note.level} size="sm" /> : <Text size="sm">{t('alerts.search.noLevel')}</Text>}
            {note.status === 'draft' && (
              <Badge color="gray" variant="outline" size="sm">
                {t('alerts.search.draft')}
              </Badge>
            )}
            {note.sensitive && (
              <Badge color="grape" variant="light" size="sm">
                {t('alerts.search.sensitive')}
              </Badge>
            )}
          </Group>
          {note.restricted ? (
            <Text size="sm" mt={4}>
              {t('alerts.search.restricted')}
            </Text>
          ) : (
            <Snippet text={snippet} />
          )}
        </Paper>
      ))}
    </Stack>
  )
}

/**
 * The core marks hits with ⟦ ⟧. The text between is the note's own words, rendered as React text
 * (so escaped); only the marks become elements.
 */
function Snippet({ text }: { text: string }) {
  const parts = text.split(/(⟦[^⟧]*⟧)/)
  return (
    <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
      {parts.map((part, n) =>
        part.startsWith('⟦') && part.endsWith('⟧') ? (
          <Mark key={n}>{part.slice(1, -1)}</Mark>
        ) : (
          <Fragment key={n}>{part}</Fragment>
        )
      )}
    </Text>
  )
}
