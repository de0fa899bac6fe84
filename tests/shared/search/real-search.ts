import { compileContent } from '@shared/content/compile-content'
import type { ContentBundle } from '@shared/content/model'
import { buildSearchIndex, type SearchIndexFile } from '@shared/search/index-file'
import { createSearcher, type Searcher } from '@shared/search/searcher'
import { readContentFiles } from '../../../src/main/content/read-content-files'

/**
 * The real content compiled, its index built as the build does and sent through JSON as the
 * app receives it, and loaded as the renderer loads it. Made once per test file.
 */
export async function realSearch(): Promise<{
  bundle: ContentBundle
  file: SearchIndexFile
  searcher: Searcher
}> {
  const files = await readContentFiles('resources/content')
  const { bundle } = compileContent(files, { today: '2026-12-31' })
  const file = JSON.parse(JSON.stringify(buildSearchIndex(bundle))) as SearchIndexFile
  return { bundle, file, searcher: createSearcher(file) }
}
