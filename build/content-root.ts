import { resolve } from 'node:path'

/** Where teaching content lives, relative to the project root. */
export const CONTENT_DIR = 'resources/content'

export function contentRoot(projectRoot = process.cwd()): string {
  return resolve(projectRoot, CONTENT_DIR)
}
