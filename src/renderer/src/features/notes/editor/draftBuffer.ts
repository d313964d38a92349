import type { DraftValues } from './draftValues'

/**
 * Typed text that has not reached the core yet, by user and note, in memory only (never on
 * disk). When a save fails because the session locked, the editor unmounts with the shell;
 * this is how the text is still in the form, and saved, when the same user logs back in.
 */
const unsaved = new Map<string, DraftValues>()

const key = (userId: string, noteId: string): string => `${userId}:${noteId}`

export const draftBuffer = {
  get: (userId: string, noteId: string): DraftValues | undefined => unsaved.get(key(userId, noteId)),
  set: (userId: string, noteId: string, values: DraftValues): void => void unsaved.set(key(userId, noteId), values),
  drop: (userId: string, noteId: string): void => void unsaved.delete(key(userId, noteId))
}
