import type { ContentBundle } from '@shared/content/model'
import {
  buildSearchIndex,
  builtTextReader,
  type BuiltSearchIndex,
  type SearchIndexFile,
} from '@shared/search/index-file'
import { encodeSearchIndex } from '@shared/search/index-binary'
import { createSearcher } from '@shared/search/searcher'
import { SEARCH_KEY, type SearchLoader } from '@renderer/search/search-service'
import { contentFromBundle } from '@renderer/content/bundle-content'
import { globalFor, harness, type Harness } from '../mount-app'

const builds = new WeakMap<ContentBundle, { bytes: Uint8Array; built: BuiltSearchIndex }>()
/** The index as the asset's bytes, and its text files, built once per bundle (seconds). */
function indexOf(bundle: ContentBundle) {
  let found = builds.get(bundle)
  if (!found) {
    const built = buildSearchIndex(bundle)
    builds.set(bundle, (found = { bytes: encodeSearchIndex(built.file), built }))
  }
  return found
}

/**
 * A loader over `bundle`'s index, built and packed as the build ships it and loaded from its
 * bytes as the app loads it; `calls` counts loads, `fail` makes the next loads fail. Text files are read
 * as the results ask for them; while `holdTexts` is set they are not answered, and with
 * `failTexts` they fail; `textReads` counts the reads.
 */
export function indexLoader(bundle: ContentBundle) {
  const { bytes, built } = indexOf(bundle)
  const read = builtTextReader(built)
  const state = { calls: 0, fail: false, holdTexts: false, failTexts: false, textReads: 0 }
  const held: (() => void)[] = []
  const readText = async (name: string): Promise<unknown> => {
    state.textReads++
    if (state.holdTexts) await new Promise<void>((go) => held.push(go))
    if (state.failTexts) throw new Error('HTTP 404')
    return read(name)
  }
  const load: SearchLoader = async () => {
    state.calls++
    if (state.fail) throw new Error('The search index could not be read (HTTP 404).')
    return createSearcher(bytes, readText)
  }
  /** Answers the text reads held so far. */
  const releaseTexts = () => {
    state.holdTexts = false
    for (const go of held.splice(0)) go()
  }
  return { load, state, releaseTexts }
}

/** Mounting options with the app's plugins, the content and its search index. */
export async function searchHarness(bundle: ContentBundle, load: SearchLoader) {
  const h: Harness = harness(await contentFromBundle(bundle))
  const base = globalFor(h)
  return { h, global: { ...base, provide: { ...base.provide, [SEARCH_KEY as symbol]: load } } }
}

/**
 * `file` with the first posting of one word (a word of its own, no other term starting with
 * it) naming a document the index does not have.
 */
export function strayIndex(file: SearchIndexFile) {
  const { terms, counts } = file.postings
  const t = terms.findIndex(
    (term, i) => /^[a-z]{6,}$/.test(term) && !terms[i + 1]?.startsWith(term),
  )
  const index = structuredClone(file)
  index.postings.docs[counts.slice(0, t).reduce((sum, n) => sum + n, 0)] = file.documents.length + 5
  return { index, term: terms[t]! }
}
