import type { ReactNode } from 'react'
import { Button, Group } from '@mantine/core'
import { IconBraces, IconCopy } from '@tabler/icons-react'

interface Props {
  /** Visible labels and the accessible names that say which row they act on. */
  text: { edit: string; editFor: string; copy: string; copyFor: string }
  onEdit: () => void
  onCopy: () => void
  /** More actions after the two (retire, restore). */
  children?: ReactNode
}

/** A versioned definition's row actions: edit it as JSON, or start a new one from a copy. */
export function EditCopyButtons({ text, onEdit, onCopy, children }: Props) {
  return (
    <Group gap={4} wrap="nowrap">
      <Button size="xs" variant="light" leftSection={<IconBraces size={14} aria-hidden />} aria-label={text.editFor} onClick={onEdit}>
        {text.edit}
      </Button>
      <Button size="xs" variant="light" leftSection={<IconCopy size={14} aria-hidden />} aria-label={text.copyFor} onClick={onCopy}>
        {text.copy}
      </Button>
      {children}
    </Group>
  )
}
