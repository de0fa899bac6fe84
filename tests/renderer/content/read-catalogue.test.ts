import { beforeAll, describe, expect, it } from 'vitest'
import {
  buildCatalogue,
  contentChunks,
  embeddedTables,
  type Catalogue,
} from '@shared/content/catalogue'
import { CatalogueUnavailable, readCatalogue } from '@renderer/content/read-catalogue'
import { fixtureBundle } from '../content'

let catalogue: Catalogue
beforeAll(async () => {
  const bundle = await fixtureBundle()
  // Hashes as the build writes them: ten hex digits (the check refuses anything else).
  const chunks = contentChunks(bundle).map(({ kind, id, data }, n) => ({
    kind,
    id,
    hash: n.toString(16).padStart(10, '0'),
    tables: embeddedTables(kind, data),
  }))
  catalogue = buildCatalogue(bundle, chunks)
}, 60_000)

const answer = (body: string, status = 200) => Promise.resolve(new Response(body, { status }))

/** The error reading `response` fails with (the test fails if it succeeds). */
async function failure(response: Promise<Response>): Promise<Error> {
  const outcome = await readCatalogue(response).then(
    () => null,
    (error: unknown) => error as Error,
  )
  if (!outcome) throw new Error('expected the catalogue to be refused')
  expect(outcome).toBeInstanceOf(CatalogueUnavailable)
  return outcome
}

describe('reading the catalogue as the app starts', () => {
  it('gives the catalogue the build wrote', async () => {
    // With the tables a module's later part embeds, which the app asks for alongside it.
    expect(catalogue.embeds?.topicRest?.['leg-cramps']).toEqual(['cramp-table'])
    expect(await readCatalogue(answer(JSON.stringify(catalogue)))).toEqual(catalogue)
  })

  it('says what to do when the file is missing or cannot be fetched', async () => {
    expect((await failure(answer('Not found', 404))).message).toBe(
      'The list of the library’s modules could not be read (HTTP 404). Close and reopen the app; if it still does not open, reinstall it.',
    )
    expect((await failure(Promise.reject(new TypeError('Failed to fetch')))).message).toMatch(
      /could not be read \(Failed to fetch\)\. Close and reopen the app/,
    )
  })

  it('refuses a damaged file or one from another version, naming what is wrong', async () => {
    const damaged = await failure(answer(JSON.stringify(catalogue).slice(0, -40)))
    expect(damaged.message).toMatch(
      /^The list of the library’s modules is damaged or belongs to another version of the app \(.*JSON.*\)\. Reinstall the app\.$/,
    )
    const { topics: _topics, ...noTopics } = catalogue
    expect((await failure(answer(JSON.stringify(noTopics)))).message).toContain('(topics: ')
    const topic = catalogue.topics[0]!
    const badDate = { ...catalogue, topics: [{ ...topic, nextReview: 'soon' }] }
    expect((await failure(answer(JSON.stringify(badDate)))).message).toContain(
      '(topics.0.nextReview: ',
    )
    const [id] = Object.keys(catalogue.chunks.topic)
    const badHash = {
      ...catalogue,
      chunks: { ...catalogue.chunks, topic: { ...catalogue.chunks.topic, [id!]: '../x' } },
    }
    expect((await failure(answer(JSON.stringify(badHash)))).message).toContain(
      `(chunks.topic.${id}: `,
    )
    const badEmbeds = { ...catalogue, embeds: { deck: { [id!]: 'cramp-table' } } }
    expect((await failure(answer(JSON.stringify(badEmbeds)))).message).toContain(
      `(embeds.deck.${id}: `,
    )
  })
})
