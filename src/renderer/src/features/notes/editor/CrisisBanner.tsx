import { Alert, Anchor, Text } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { RiskLevel } from '@shared/contract'

/** A signed note at a high or imminent level raised a crisis alert; say so and where it is. */
export function CrisisBanner({ level }: { level: RiskLevel }) {
  const { t } = useTranslation()
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t('notes.crisis.title')}>
      <Text size="sm">{t('notes.crisis.body', { level: t(`notes.levels.${level}`) })}</Text>
      {/* The theme's link colour is too faint on the red tint; the text colour, underlined, reads as a link. */}
      <Anchor component={Link} to="/" size="sm" fw={600} c="inherit" underline="always">
        {t('notes.crisis.link')}
      </Anchor>
    </Alert>
  )
}
