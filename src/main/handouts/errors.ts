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

/** Plain-words message for a failed file write, by its system error code. */
export function writeErrorMessage(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  switch (code) {
    case 'ENOSPC':
      return 'The disk is full, so the PDF was not saved. Free some space or choose another drive, then save again.'
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return 'You do not have permission to save in that folder. Choose another folder, such as Documents, and save again.'
    case 'EISDIR':
      return 'A folder already has that name, so the PDF was not saved. Choose a different file name.'
    case 'ENOENT':
    case 'ENOTDIR':
      return 'That folder does not exist (it may have been moved or disconnected). Choose another folder and save again.'
    default:
      return `The PDF could not be saved${code ? ` (${code})` : ''}. Nothing was changed; try saving to another folder.`
  }
}
