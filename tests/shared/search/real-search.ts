import { compileContent } from '@shared/content/compile-content'
import type { ContentBundle } from '@shared/content/model'
import { buildSearchIndex, builtTextReader, type SearchIndexFile } from '@shared/search/index-file'
import { createSearcher, type Searcher } from '@shared/search/searcher'
import { encodeSearchIndex } from '@shared/search/index-binary'
import { readContentFiles } from '../../../src/main/content/read-content-files'

/**
 * The real content compiled, its index built and packed as the build ships it, and loaded from
 * those bytes as the renderer loads it, with every text file read (so every
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
  const file = built.file
  const searcher = createSearcher(encodeSearchIndex(file), builtTextReader(built))
  await searcher.loadAllTexts()
  return { bundle, file, searcher }
}
