/** Why settings could not be saved, each with what the clinician can do about it. */
export type SettingsSaveReason = 'disk-full' | 'no-permission' | 'read-only' | 'blocked' | 'failed'

/** A save that failed, typed by cause, with a message that says what to do next. */
export class SettingsSaveError extends Error {
  constructor(
    readonly reason: SettingsSaveReason,
    message: string,
  ) {
    super(message)
    this.name = 'SettingsSaveError'
  }
}

const REASONS: Record<string, SettingsSaveReason> = {
  ENOSPC: 'disk-full',
  EDQUOT: 'disk-full',
  EACCES: 'no-permission',
  EPERM: 'no-permission',
  EROFS: 'read-only',
}

/** Turns a file-system error from writing into `folder` into a typed save error. */
export function saveErrorFrom(error: unknown, folder: string): SettingsSaveError {
  if (error instanceof SettingsSaveError) return error
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? ''
  const reason = REASONS[code] ?? 'failed'
  const unsaved = 'Your change is in use until the app closes but was not saved.'
  const messages: Record<SettingsSaveReason, string> = {
    'disk-full': `Settings could not be saved because the disk is full. ${unsaved} Free some space on the disk, then change the setting again.`,
    'no-permission': `Settings could not be saved because the app is not allowed to write to its data folder (${folder}). ${unsaved} Ask your IT team to give your account write access to that folder.`,
    'read-only': `Settings could not be saved because the app's data folder is on a read-only drive (${folder}). ${unsaved} Ask your IT team to make that folder writable.`,
    blocked: '',
    failed: `Settings could not be saved (${code || 'unexpected error'}). ${unsaved} Try again; if it keeps happening, restart the app.`,
  }
  return new SettingsSaveError(reason, messages[reason])
}
