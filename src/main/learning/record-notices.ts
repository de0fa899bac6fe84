import { basename } from 'node:path'
import { longDate } from '../../shared/dates'
import type { Loaded } from './encrypted-document'

/**
 * What the learning page says when the stored record could not be used as it was: what
 * happened, where the file is now, what was kept, and what to do. Null when all is well.
 */
export function recordNotice(loaded: Loaded<unknown>, folder: string): string | null {
  const kept = loaded.keptAs
    ? `It was kept, unchanged, as “${basename(loaded.keptAs)}” in ${folder}. `
    : ''
  const restored = loaded.restoredFrom
    ? `Your record was restored from the backup of ${longDate(loaded.restoredFrom)}; anything recorded after that day is only in the kept file. `
    : 'A new, empty record was started. '
  switch (loaded.problem) {
    case null:
      return null
    case 'corrupt':
      return `Your learning record file was damaged and could not be read. ${kept}${restored}Nothing was deleted.`
    case 'locked':
      return `Your learning record is encrypted with a key this computer no longer provides (this happens after the system keyring is reset, or when the file comes from another computer). ${kept}${restored}To bring it back, open it on the computer and account where it was made, use “Export everything” there, and import that file here.`
    case 'newer-version':
      return 'Your learning record was saved by a newer version of Postcoital Atlas. To keep it safe this version will not change it, so nothing new is recorded: update the app to carry on.'
    case 'unreadable':
      return `Your learning record could not be opened: the app is not allowed to read it. Nothing is recorded until this is fixed. Check the permissions of ${folder}.`
  }
}

/** The same for the drafts file, which matters less: a lost draft is a few unsent lines. */
export function draftsNotice(loaded: Loaded<unknown>): string | null {
  if (loaded.problem === null) return null
  if (loaded.problem === 'newer-version' || loaded.problem === 'unreadable')
    return 'Your reflection drafts could not be opened, so new drafts are not kept until the app is updated or the folder’s permissions are fixed.'
  return `Your reflection drafts file could not be read; it was kept aside${loaded.keptAs ? ` as “${basename(loaded.keptAs)}”` : ''}${loaded.restoredFrom ? ' and the drafts were restored from a backup' : ''}.`
}
