import type { IpcError } from '../../shared/ipc/result'

/** A handout could not be made or saved; `message` tells the clinician what to do next. */
export class HandoutError extends Error {
  constructor(
    readonly code: IpcError['code'],
    message: string,
  ) {
    super(message)
    this.name = 'HandoutError'
  }
}

/** Where the clinician is: the save dialog in the app, or `npm run handouts` in a terminal. */
export type WriteSurface = 'app' | 'cli'

interface WriteFailure {
  /** What happened, the same words in the app and the terminal. */
  what: string
  /** What to do next, in the terms of each surface. */
  next: Record<WriteSurface, string>
  /** A fault of the folder or disk, so every other file in the same folder would fail too. */
  folderWide: boolean
}

function failureOf(code: string | undefined): WriteFailure {
  switch (code) {
    case 'ENOSPC':
      return {
        what: 'The disk is full, so the PDF was not saved.',
        next: {
          app: 'Free some space or choose another drive, then save again.',
          cli: 'Free some space, or choose a folder on another drive with --out, and run it again.',
        },
        folderWide: true,
      }
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return {
        what: 'You do not have permission to save in that folder.',
        next: {
          app: 'Choose another folder, such as Documents, and save again.',
          cli: 'Choose another folder with --out, such as your Documents folder, and run it again.',
        },
        folderWide: true,
      }
    case 'EISDIR':
      return {
        what: 'A folder already has that name, so the PDF was not saved.',
        next: {
          app: 'Choose a different file name.',
          cli: 'Rename or move that folder, or choose another folder with --out, and run it again.',
        },
        folderWide: false,
      }
    case 'ENOENT':
    case 'ENOTDIR':
      return {
        what: 'That folder does not exist (it may have been moved or disconnected).',
        next: {
          app: 'Choose another folder and save again.',
          cli: 'Create it or choose another folder with --out, and run it again.',
        },
        folderWide: true,
      }
    default:
      return {
        what: `The PDF could not be saved${code ? ` (${code})` : ''}. Nothing was changed.`,
        next: {
          app: 'Try saving to another folder.',
          cli: 'Try another folder with --out.',
        },
        folderWide: false,
      }
  }
}

const codeOf = (error: unknown): string | undefined =>
  (error as NodeJS.ErrnoException | undefined)?.code

/** Plain-words message for a failed file write, by its system error code. */
export function writeErrorMessage(error: unknown, surface: WriteSurface = 'app'): string {
  const failure = failureOf(codeOf(error))
  return `${failure.what} ${failure.next[surface]}`
}

/** Whether the failure belongs to the folder or disk (so writing more files there is pointless). */
export function isFolderWide(error: unknown): boolean {
  return failureOf(codeOf(error)).folderWide
}
