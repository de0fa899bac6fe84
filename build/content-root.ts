import { isAbsolute, relative, resolve } from 'node:path'

/** Where teaching content lives, relative to the project root. */
export const CONTENT_DIR = 'resources/content'

/**
 * Points the build and `content:check` at another content folder, such as a synthetic library
 * for benchmarks (scripts/synthetic-library). Unset in normal builds and CI.
 */
export const CONTENT_ROOT_ENV = 'ATLAS_CONTENT_ROOT'

export function contentRoot(projectRoot = process.cwd()): string {
  return resolve(projectRoot, process.env[CONTENT_ROOT_ENV] || CONTENT_DIR)
}

/** The content folder as messages name it: relative to the project when it is inside it. */
export function contentLabel(projectRoot = process.cwd()): string {
  return folderLabel(contentRoot(projectRoot), projectRoot)
}

/** A content folder as messages name it: relative to the project when it is inside it. */
export function folderLabel(folder: string, projectRoot = process.cwd()): string {
  const path = relative(projectRoot, folder).split('\\').join('/')
  return path && !path.startsWith('..') && !isAbsolute(path) ? path : folder
}
