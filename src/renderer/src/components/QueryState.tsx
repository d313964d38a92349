import { Alert, Center, Loader } from '@mantine/core'
import type { UseQueryResult } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { CallFailed } from '../api'
import { describeError } from './forms'

/**
 * A spinner while a query loads, or the core's reason when it failed; nothing once it has data.
 * `failedKey` names what could not be loaded, with `{{message}}` for the reason.
 */
export function QueryState({ query, failedKey }: { query: UseQueryResult<unknown>; failedKey: string }) {
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
        {t(failedKey, { message })}
      </Alert>
    )
  }
  return null
}
