import { useEffect, useState, type ReactNode } from 'react'
import { ActionIcon, Text, Tooltip } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { createSpotlight, Spotlight, useSpotlight, type SpotlightStore } from '@mantine/spotlight'
import { IconSearch } from '@tabler/icons-react'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { roleMayCall } from '@shared/permissions'
import { callOrThrow } from '../api'
import { TierBadge } from '../features/watch/TierBadge'
import { queryErrorMessage } from '../features/students/queryError'
import { SECTIONS } from './sections'
import { useSession } from './session'

const [store, studentSpotlight] = createSpotlight()
const LIST_ID = 'xinan-spotlight-list'
const optionId = (n: number) => `xinan-spotlight-option-${n}`

interface Option {
  key: string
  label: string
  description?: string
  right?: ReactNode
  onTrigger: () => void
}

/**
 * The spotlight keeps its selection in the DOM (data-selected) and in its store; results arrive
 * after the query changed, so the first one is selected again once they are drawn.
 */
function selectFirst(spotlightStore: SpotlightStore): void {
  const list = document.getElementById(LIST_ID)
  const first = list?.querySelector('[data-action]') ? 0 : -1
  spotlightStore.updateState((state) => ({ ...state, selected: first }))
}

/** Ctrl+K / ⌘K anywhere: find a student by name, number, class, dorm or pinyin; or open a page. */
export function StudentSpotlight() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const role = useSession().user.role
  const { opened, selected } = useSpotlight(store)
  const [query, setQuery] = useState('')
  const [q] = useDebouncedValue(query.trim(), 200)
  const search = useQuery({
    queryKey: ['students.search', { q, limit: 20 }],
    queryFn: () => callOrThrow('students.search', { q, limit: 20 }),
    enabled: opened && q.length >= 1
  })

  const options: Option[] =
    query.trim().length === 0
      ? SECTIONS.filter((s) => !s.needs || roleMayCall(role, s.needs)).map((s) => ({
          key: s.path,
          label: t('students.spotlight.goTo', { section: t(s.labelKey) }),
          onTrigger: () => void navigate(s.path)
        }))
      : (search.data ?? []).map((row) => ({
          key: row.id,
          label: row.name,
          description: [row.studentNo, row.className, row.dorm].filter(Boolean).join(' · '),
          right: row.tier ? <TierBadge tier={row.tier} short size="sm" /> : undefined,
          onTrigger: () => void navigate(`/students/${row.id}`)
        }))
  const keys = options.map((o) => o.key).join('|')
  useEffect(() => {
    if (opened) selectFirst(store)
  }, [keys, opened])

  const waiting = query.trim().length > 0 && (query.trim() !== q || search.isFetching)
  const status = search.isError
    ? t('students.spotlight.failed', { message: queryErrorMessage(t, search.error) })
    : waiting
      ? t('students.spotlight.searching')
      : query.trim() && options.length === 0
        ? t('students.spotlight.nothingFound')
        : query.trim()
          ? t('students.spotlight.found', { count: options.length })
          : ''
  const active = selected >= 0 && selected < options.length ? optionId(selected) : undefined

  return (
    <Spotlight.Root
      store={store}
      query={query}
      onQueryChange={setQuery}
      shortcut={['mod + K']}
      tagsToIgnore={[]}
      title={t('students.spotlight.title')}
      styles={{
        header: { padding: 'var(--mantine-spacing-sm) var(--mantine-spacing-md) 0', minHeight: 0 },
        // Mantine fades the selected action's description to 0.7, below AA on the teal highlight.
        actionDescription: { opacity: 1 }
      }}
    >
      <Spotlight.Search
        aria-label={t('students.spotlight.search')}
        placeholder={t('students.spotlight.placeholder')}
        leftSection={<IconSearch size={20} stroke={1.5} aria-hidden />}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={options.length > 0}
        aria-controls={options.length > 0 ? LIST_ID : undefined}
        aria-activedescendant={active}
        aria-describedby="xinan-spotlight-hint"
      />
      {options.length > 0 && (
        <Spotlight.ActionsList id={LIST_ID} role="listbox" aria-label={query.trim() ? t('students.spotlight.results') : t('students.spotlight.sections')}>
          {options.map((option, n) => (
            <Spotlight.Action
              key={option.key}
              // Spotlight.Action drops its `id` prop; the combobox's aria-activedescendant needs one.
              ref={(element) => {
                if (element) element.id = optionId(n)
              }}
              role="option"
              aria-selected={n === selected}
              data-selected={n === selected || undefined}
              label={option.label}
              description={option.description}
              rightSection={option.right}
              dimmedSections={false}
              onClick={option.onTrigger}
            />
          ))}
        </Spotlight.ActionsList>
      )}
      <Text role="status" size="sm" px="md" py={status ? 'xs' : 0}>
        {status}
      </Text>
      <Spotlight.Footer>
        <Text size="xs" c="dimmed" id="xinan-spotlight-hint">
          {t('students.spotlight.hint')}
        </Text>
      </Spotlight.Footer>
    </Spotlight.Root>
  )
}

/** The header's search button: the same spotlight for those who do not use the shortcut. */
export function SpotlightButton() {
  const { t } = useTranslation()
  return (
    <Tooltip label={t('students.spotlight.open')}>
      <ActionIcon variant="subtle" size="lg" onClick={studentSpotlight.open} aria-label={t('students.spotlight.open')} aria-keyshortcuts="Control+K">
        <IconSearch size={20} />
      </ActionIcon>
    </Tooltip>
  )
}
