import { Group, Radio, type RadioGroupProps } from '@mantine/core'
import { useTranslation } from 'react-i18next'

export type Scope = 'one' | 'following'

type ScopeProps = Pick<RadioGroupProps, 'value' | 'onChange' | 'error'> & { label: string }

/** 仅此一次 / 此次及以后: which appointments of a weekly series a change applies to. */
export function ScopeChoice({ label, ...field }: ScopeProps) {
  const { t } = useTranslation()
  return (
    <Radio.Group label={label} {...field}>
      <Group mt={4}>
        <Radio value="one" label={t('calendar.scopes.one')} />
        <Radio value="following" label={t('calendar.scopes.following')} />
      </Group>
    </Radio.Group>
  )
}
