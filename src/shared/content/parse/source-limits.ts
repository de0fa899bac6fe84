import type { IssueList } from '../issues'

/**
 * Largest content file accepted, in bytes of UTF-8. The longest real module is about 70 KB, so
 * this leaves room to grow while a pasted data dump or a runaway generator is refused at once
 * instead of slowing every check and the build.
 */
export const MAX_CONTENT_FILE_BYTES = 1024 * 1024

const encoder = new TextEncoder()

/** 1-based line and column of the character at `index`. */
function position(text: string, index: number): { line: number; column: number } {
  let line = 1
  let start = 0
  for (let at = text.indexOf('\n'); at !== -1 && at < index; at = text.indexOf('\n', at + 1)) {
    line++
    start = at + 1
  }
  return { line, column: index - start + 1 }
}

/** Index of the first character at which the UTF-8 size passes `limit` bytes. */
function indexPastLimit(text: string, limit: number): number {
  let bytes = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    // A surrogate pair is 4 bytes, counted as 2 + 2.
    bytes += code < 0x80 ? 1 : code < 0x800 || (code >= 0xd800 && code < 0xe000) ? 2 : 3
    if (bytes > limit) return i
  }
  return text.length
}

/**
 * Refuses a content file the checks should not read: one too large, one holding a NUL
 * character (a binary or damaged file, which YAML and Markdown would otherwise read as text),
 * or one that is not valid UTF-8 (read as U+FFFD). Each problem names the line it is on.
 * Returns false when the file must be left out of the rest of the checks.
 */
export function checkSourceText(
  file: string,
  text: string,
  issues: IssueList,
  limit = MAX_CONTENT_FILE_BYTES,
): boolean {
  // Cheap first: a string of n characters is n to 3n bytes of UTF-8.
  const bytes =
    text.length > limit ? text.length : text.length * 3 <= limit ? 0 : encoder.encode(text).length
  if (bytes > limit) {
    const { line } = position(text, indexPastLimit(text, limit))
    const size = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`
    issues.add(
      file,
      line,
      'file',
      `the file is larger than the ${size(limit)} a content file may be (it passes the limit on this line); split it into smaller files or remove what was pasted in by mistake`,
    )
    return false
  }
  const nul = text.indexOf('\0')
  if (nul !== -1) {
    const { line, column } = position(text, nul)
    issues.add(
      file,
      line,
      'file',
      `a NUL character at column ${column}: the file is binary or damaged; save it again as plain UTF-8 text`,
    )
    return false
  }
  const invalid = text.indexOf('\uFFFD')
  if (invalid !== -1) {
    const { line, column } = position(text, invalid)
    issues.add(
      file,
      line,
      'file',
      `bytes that are not UTF-8 at column ${column} (or a U+FFFD replacement character); save the file again as UTF-8`,
    )
    return false
  }
  return true
}
