import { Anchor } from '@mantine/core'
import { Link } from 'react-router'

/** A student's name, opening their file. */
export function StudentLink({ id, name }: { id: string; name: string }) {
  return (
    <Anchor component={Link} to={`/students/${id}`} fw={500}>
      {name}
    </Anchor>
  )
}
