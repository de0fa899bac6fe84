import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { compileContent } from '@shared/content/compile-content'
import { buildCatalogue, contentChunks } from '@shared/content/catalogue'
import { joinTopic, OPENING_SECTIONS, splitTopic } from '@shared/content/topic-parts'
import { readContentFiles } from '../../../src/main/content/read-content-files'
import { reviewToday } from '../../review-today'
import { compile, fixtureFiles } from './fixture-corpus'

const CONTENT = resolve(import.meta.dirname, '../../../resources/content')

describe('a module in two parts', async () => {
  const fixture = compile(fixtureFiles).bundle
  const files = await readContentFiles(CONTENT)
  const real = compileContent(files, { today: reviewToday(files.map((f) => f.text)) }).bundle

  it('joins back into the module it was split from', () => {
    for (const topic of [...fixture.topics, ...real.topics]) {
      const { opening, rest } = splitTopic(topic)
      expect(joinTopic(opening, rest)).toEqual(topic)
    }
  })

  it('opens with every section’s outline and the first sections in full, the rest after', () => {
    const [topic] = fixture.topics
    const { opening, rest } = splitTopic(topic!)
    expect(opening.outline).toEqual(
      topic!.sections.map((s) => ({ slug: s.slug, title: s.title, subheadings: s.subheadings })),
    )
    expect(opening.sections).toEqual(topic!.sections.slice(0, OPENING_SECTIONS))
    expect(rest.sections).toEqual(topic!.sections.slice(OPENING_SECTIONS))
    expect(rest.quiz).toBe(topic!.quiz)
    expect(rest.references).toBe(topic!.references)
    expect(opening).not.toHaveProperty('quiz')
    expect(opening).not.toHaveProperty('references')
  })

  it('keeps each real module’s first screen to a small part of its text', () => {
    for (const topic of real.topics) {
      const { opening } = splitTopic(topic)
      const size = JSON.stringify(opening).length
      expect(size, topic.id).toBeLessThan(JSON.stringify(topic).length / 10)
      expect(size, topic.id).toBeLessThan(25_000)
    }
  })

  it('is written as two chunks per module, both named in the catalogue', () => {
    const chunks = contentChunks(fixture)
    const ids = fixture.topics.map((t) => t.id)
    expect(chunks.filter((c) => c.kind === 'topic').map((c) => c.id)).toEqual(ids)
    expect(chunks.filter((c) => c.kind === 'topicRest').map((c) => c.id)).toEqual(ids)
    const catalogue = buildCatalogue(
      fixture,
      chunks.map((c) => ({ kind: c.kind, id: c.id, hash: `${c.kind}-hash` })),
    )
    expect(catalogue.chunks.topic).toEqual(Object.fromEntries(ids.map((id) => [id, 'topic-hash'])))
    expect(catalogue.chunks.topicRest).toEqual(
      Object.fromEntries(ids.map((id) => [id, 'topicRest-hash'])),
    )
  })
})
