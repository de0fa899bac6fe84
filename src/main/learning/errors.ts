import type { IpcError } from '../../shared/ipc/result'

/** Why a write of the record failed, from the system's error code. */
export type WriteFault = 'disk-full' | 'no-permission' | 'read-only' | 'missing-folder' | 'other'

/** A learning-record operation failed; `message` says what happened and what to do next. */
export class LearningError extends Error {
  constructor(
    readonly code: IpcError['code'],
    message: string,
    /** For a failed write: which fault, so callers and tests can tell them apart. */
    readonly fault?: WriteFault,
  ) {
    super(message)
    this.name = 'LearningError'
  }
}

export function writeFault(error: unknown): WriteFault {
  switch ((error as NodeJS.ErrnoException | undefined)?.code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'disk-full'
    case 'EACCES':
    case 'EPERM':
      return 'no-permission'
    case 'EROFS':
      return 'read-only'
    case 'ENOENT':
    case 'ENOTDIR':
      return 'missing-folder'
    default:
      return 'other'
  }
}

const RECORD_WRITE: Record<WriteFault, string> = {
  'disk-full':
    'The disk is full, so your learning record could not be saved. Free some space; the app keeps what you did and saves it with the next change.',
  'no-permission':
    'The app is not allowed to write to its own folder, so your learning record could not be saved. Check the folder’s permissions (Settings shows where it is); nothing already saved was changed.',
  'read-only':
    'The app’s folder is on a read-only disk, so your learning record could not be saved. Nothing already saved was changed.',
  'missing-folder':
    'The app’s folder could not be found, so your learning record could not be saved. Restart the app; nothing already saved was changed.',
  other:
    'Your learning record could not be saved. Nothing already saved was changed; try again, and restart the app if it keeps happening.',
}

/** The error for a failed save of the record or its drafts. */
export function recordWriteError(error: unknown): LearningError {
  const fault = writeFault(error)
  return new LearningError('write-failed', RECORD_WRITE[fault], fault)
}

const EXPORT_WRITE: Record<WriteFault, string> = {
  'disk-full':
    'The disk is full, so the file was not saved. Free some space or choose another drive, then export again.',
  'no-permission':
    'You do not have permission to save in that folder. Choose another folder, such as Documents, and export again.',
  'read-only': 'That folder is on a read-only disk. Choose another folder and export again.',
  'missing-folder':
    'That folder does not exist (it may have been moved or disconnected). Choose another folder and export again.',
  other: 'The file could not be saved. Nothing was changed; try another folder.',
}

/** The error for a failed export to a place the clinician chose. */
export function exportWriteError(error: unknown): LearningError {
  const fault =
    (error as NodeJS.ErrnoException | undefined)?.code === 'EISDIR' ? null : writeFault(error)
  if (!fault)
    return new LearningError(
      'write-failed',
      'A folder already has that name. Choose a different file name.',
      'other',
    )
  return new LearningError('write-failed', EXPORT_WRITE[fault], fault)
}
