import { createHash } from 'node:crypto'

/**
 * The hash a built asset is named by: the first ten hex digits of its text's sha256, so a file
 * changes name exactly when its text changes (the app can cache it by name).
 */
export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 10)
}
