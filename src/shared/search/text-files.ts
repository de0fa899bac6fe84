import { SEARCH_INDEX_VERSION, type TextFile, type TextFileRef } from './index-format'

/**
 * About how much text one file holds. A results page shows up to 40 hits, each needing its
 * document's file: small files keep that to a few hundred kilobytes at 500 topics, and the
 * five-topic atlas's ten or so files are all fetched as soon as search opens.
 */
export const TEXT_FILE_CHARS = 64_000

/** Documents' texts in runs of consecutive documents, each run about `size` characters. */
export function splitTexts(texts: readonly string[], size = TEXT_FILE_CHARS): TextFile[] {
  const files: TextFile[] = []
  let current: TextFile | null = null
  let chars = 0
  texts.forEach((text, doc) => {
    if (!current || (current.texts.length > 0 && chars + text.length > size)) {
      current = { version: SEARCH_INDEX_VERSION, first: doc, texts: [] }
      files.push(current)
      chars = 0
    }
    current.texts.push(text)
    chars += text.length
  })
  return files
}

/** Thrown when the index's list of text files, or a file itself, does not fit the index. */
export class TextFileError extends Error {}

/** Checks that `refs` name each of `documentCount` documents once, in order. */
export function checkTextRefs(refs: readonly TextFileRef[], documentCount: number): void {
  if (!Array.isArray(refs)) throw new TextFileError('the search index lists no text files')
  let next = 0
  for (const ref of refs) {
    if (ref?.first !== next || !Number.isInteger(ref.count) || ref.count < 1)
      throw new TextFileError(`the search index's text files skip or repeat document ${next}`)
    if (
      typeof ref.file !== 'string' ||
      !/^[\w./-]+\.json$/.test(ref.file) ||
      ref.file.includes('..')
    )
      throw new TextFileError(`the search index names a text file "${String(ref.file)}"`)
    next += ref.count
  }
  if (next !== documentCount)
    throw new TextFileError(
      `the search index's text files hold ${next} of ${documentCount} documents`,
    )
}

/** The texts in `value`, a parsed text file, if it is the file `ref` names; otherwise throws. */
export function textsOf(value: unknown, ref: TextFileRef): string[] {
  const file = value as Partial<TextFile> | null
  if (
    file?.version !== SEARCH_INDEX_VERSION ||
    file.first !== ref.first ||
    !Array.isArray(file.texts) ||
    file.texts.length !== ref.count ||
    !file.texts.every((text) => typeof text === 'string')
  )
    throw new TextFileError(`${ref.file} is not the text file the search index lists`)
  return file.texts
}
