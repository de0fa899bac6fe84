import { resolve } from 'node:path'

/** Where teaching content lives, relative to the project root. */
export const CONTENT_DIR = 'resources/content'

export function contentRoot(projectRoot = process.cwd()): string {
  return resolve(projectRoot, CONTENT_DIR)
}

/** Today's date in the clinic's own time zone, as YYYY-MM-DD, for review-date checks. */
export function localToday(now = new Date()): string {
  const offset = now.getTimezoneOffset() * 60_000
  return new Date(now.getTime() - offset).toISOString().slice(0, 10)
}
