import { compileContent } from '../../src/shared/content/compile-content'
import { readContentFiles } from '../../src/main/content/read-content-files'

/** The real content, compiled the way the build does, so tests know every module and section. */
export async function realContent() {
  const files = await readContentFiles('resources/content')
  return compileContent(files, { today: '2000-01-01' }).bundle
}
