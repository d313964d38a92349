import { useEffect, useRef } from 'react'
import { Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'

/**
 * Each page's one <h1>. It takes focus when the page opens, so a screen reader announces where
 * the user is, and it names the window.
 */
export function PageTitle({ children }: { children: string }) {
  const ref = useRef<HTMLHeadingElement>(null)
  const { t } = useTranslation()
  useEffect(() => {
    document.title = `${children} · ${t('app.name')}`
  }, [children, t])
  // Focus moves only when the page opens, not when the language (and so the text) changes.
  useEffect(() => {
    ref.current?.focus()
  }, [])
  return (
    <Title order={1} size="h2" ref={ref} tabIndex={-1} mb="md" style={{ outline: 'none' }}>
      {children}
    </Title>
  )
}
