import { useState } from 'react'
import { Alert, Center, Group, Loader, Pagination, Text } from '@mantine/core'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { ChannelInput } from '@shared/contract'
import { callOrThrow, CallFailed } from '../../api'
import { describeError } from '../../components/forms'
import { PageTitle } from '../../components/PageTitle'
import { AuditFilters, datesInOrder, NO_FILTERS, type AuditFilterValues } from './AuditFilters'
import { AuditTable } from './AuditTable'
import { VerifyChain } from './VerifyChain'

const PAGE_SIZE = 50

function listInput(filters: AuditFilterValues, page: number): ChannelInput<'audit.list'> {
  const input: ChannelInput<'audit.list'> = { page, pageSize: PAGE_SIZE }
  if (filters.userId) input.userId = filters.userId
  if (filters.action) input.action = filters.action
  if (filters.from) input.from = filters.from
  if (filters.to) input.to = filters.to
  return input
}

/** Who did what, when: the hash-chained log, filtered and paged, with its integrity check. */
export function AuditPage() {
  const { t } = useTranslation()
  const [filters, setFilters] = useState<AuditFilterValues>(NO_FILTERS)
  const [page, setPage] = useState(1)
  const input = listInput(filters, page)
  const list = useQuery({
    queryKey: ['audit.list', input],
    queryFn: () => callOrThrow('audit.list', input),
    enabled: datesInOrder(filters),
    placeholderData: keepPreviousData
  })
  const pages = Math.max(1, Math.ceil((list.data?.total ?? 0) / PAGE_SIZE))

  const changeFilters = (next: AuditFilterValues) => {
    setFilters(next)
    setPage(1)
  }

  return (
    <>
      <PageTitle>{t('audit.title')}</PageTitle>
      <Text size="sm" mb="md" maw={720}>
        {t('audit.intro')}
      </Text>
      <VerifyChain />
      <AuditFilters value={filters} onChange={changeFilters} />
      {list.isError && (
        <Alert color="red" role="alert" mb="md">
          {t('audit.loadFailed', {
            message: list.error instanceof CallFailed ? describeError(t, list.error.error) : t('errors.internal')
          })}
        </Alert>
      )}
      {list.isPending && datesInOrder(filters) && (
        <Center p="xl">
          <Loader aria-label={t('app.loading')} />
        </Center>
      )}
      {list.data && (
        <>
          <Text fw={500} mb="xs" role="status">
            {t('audit.total', { n: list.data.total })}
          </Text>
          {list.data.rows.length === 0 ? (
            <Text c="dimmed">{t('audit.empty')}</Text>
          ) : (
            <AuditTable rows={list.data.rows} />
          )}
          {pages > 1 && (
            <Group justify="center" mt="md" component="nav" aria-label={t('audit.pagination.label')}>
              <Pagination
                total={pages}
                value={page}
                onChange={setPage}
                getControlProps={(control) => ({
                  'aria-label': t(control === 'previous' ? 'audit.pagination.previous' : 'audit.pagination.next')
                })}
                getItemProps={(p) => ({ 'aria-label': t('audit.pagination.page', { page: p }) })}
              />
            </Group>
          )}
        </>
      )}
    </>
  )
}
