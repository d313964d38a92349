import { Alert, Center, Loader } from '@mantine/core'
import type { UseQueryResult } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { CallFailed } from '../../api'
import { describeError } from '../../components/forms'

/** A spinner while a watch-list query loads, or the core's reason when it failed. */
export function QueryState({ query }: { query: UseQueryResult<unknown> }) {
  const { t } = useTranslation()
  if (query.isPending) {
    return (
      <Center p="xl">
        <Loader aria-label={t('app.loading')} />
      </Center>
    )
  }
  if (query.isError) {
    const message = query.error instanceof CallFailed ? describeError(t, query.error.error) : t('errors.internal')
    return (
      <Alert color="red" role="alert">
        {t('watch.loadFailed', { message })}
      </Alert>
    )
  }
  return null
}
