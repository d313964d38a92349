import { randomUUID } from 'node:crypto'
import type { RoomDto } from '@shared/contract'
import { and, eq, ne } from 'drizzle-orm'
import type { Tx } from '../context'
import type { ParsedInput } from '../registry'
import { rooms } from '../db/schema'
import { AppError, NotFoundError } from '../errors'

const byName = new Intl.Collator('zh-CN', { numeric: true })

type RoomRow = typeof rooms.$inferSelect

const toRoomDto = (row: RoomRow): RoomDto => ({
  id: row.id,
  name: row.name,
  kind: row.kind,
  location: row.location,
  capacity: row.capacity,
  active: row.active
})

function room(t: Tx, id: string): RoomRow {
  const row = t.orm.select().from(rooms).where(eq(rooms.id, id)).get()
  if (!row) throw new NotFoundError()
  return row
}

function assertNameFree(t: Tx, name: string, exceptId = ''): void {
  if (t.orm.select({ id: rooms.id }).from(rooms).where(and(eq(rooms.name, name), ne(rooms.id, exceptId))).get()) {
    throw new AppError('CONFLICT', 'errors.settings.roomNameTaken', undefined, [
      { path: 'name', messageKey: 'errors.settings.roomNameTaken' }
    ])
  }
}

export function listRooms(t: Tx): RoomDto[] {
  return t.orm
    .select()
    .from(rooms)
    .all()
    .sort((a, b) => Number(b.active) - Number(a.active) || byName.compare(a.name, b.name))
    .map(toRoomDto)
}

export function createRoom(t: Tx, input: ParsedInput<'settings.room.create'>): RoomDto {
  assertNameFree(t, input.name)
  const id = randomUUID()
  t.orm.insert(rooms).values({ id, ...input, createdAt: t.at, updatedAt: t.at }).run()
  t.audit({ action: 'settings.room.create', entity: 'room', entityId: id, summary: { kind: input.kind } })
  return toRoomDto(room(t, id))
}

export function updateRoom(t: Tx, input: ParsedInput<'settings.room.update'>): RoomDto {
  room(t, input.id)
  assertNameFree(t, input.name, input.id)
  const { id, ...fields } = input
  t.orm.update(rooms).set({ ...fields, updatedAt: t.at }).where(eq(rooms.id, id)).run()
  t.audit({ action: 'settings.room.update', entity: 'room', entityId: id, summary: { kind: input.kind, active: input.active } })
  return toRoomDto(room(t, id))
}

/** Only a room nothing refers to can be deleted (foreign keys refuse otherwise); others are deactivated. */
export function deleteRoom(t: Tx, input: ParsedInput<'settings.room.delete'>): Record<string, never> {
  room(t, input.id)
  t.orm.delete(rooms).where(eq(rooms.id, input.id)).run()
  t.audit({ action: 'settings.room.delete', entity: 'room', entityId: input.id })
  return {}
}
