/**
 * `npm run content:synthetic -- --topics 500 [--out <folder>]`: writes a synthetic library and
 * prints its folder. Build or check it with ATLAS_CONTENT_ROOT=<folder>.
 */
import { parseArgs } from 'node:util'
import { generateLibrary } from './generate-library'

const { values } = parseArgs({
  options: { topics: { type: 'string', default: '500' }, out: { type: 'string' } },
})
try {
  const library = await generateLibrary({ topics: Number(values.topics), out: values.out })
  console.log(`${library.topics.length} modules, ${library.files} files in ${library.root}`)
  console.log(`Check it:  ATLAS_CONTENT_ROOT=${library.root} npm run content:check`)
  console.log(`Build it:  ATLAS_CONTENT_ROOT=${library.root} npm run build`)
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error))
  process.exitCode = 1
}
