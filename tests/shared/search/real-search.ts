import { compileContent } from '@shared/content/compile-content'
import type { ContentBundle } from '@shared/content/model'
import { buildSearchIndex, builtTextReader, type SearchIndexFile } from '@shared/search/index-file'
import { createSearcher, type Searcher } from '@shared/search/searcher'
import { readContentFiles } from '../../../src/main/content/read-content-files'

/**
 * The real content compiled, its index built as the build does and sent through JSON as the
 * app receives it, and loaded as the renderer loads it, with every text file read (so every
 * hit has its snippet). Made once per test file.
 */
export async function realSearch(): Promise<{
  bundle: ContentBundle
  file: SearchIndexFile
  searcher: Searcher
}> {
  const files = await readContentFiles('resources/content')
  const { bundle } = compileContent(files, { today: '2026-12-31' })
  const built = buildSearchIndex(bundle)
  const file = JSON.parse(JSON.stringify(built.file)) as SearchIndexFile
  const searcher = createSearcher(file, builtTextReader(built))
  await searcher.loadAllTexts()
  return { bundle, file, searcher }
}
