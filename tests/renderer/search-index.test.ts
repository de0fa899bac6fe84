// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest'
import type { ContentBundle } from '@shared/content/model'
import { APP_ROUTE_PATTERN } from '@shared/routes'
import { createSearch, type SearchHit } from '@renderer/search/search-index'
import { routes } from '@renderer/router'
import { createRouter, createMemoryHistory } from 'vue-router'
import { realBundle } from './content'

let bundle: ContentBundle
let search: ReturnType<typeof createSearch>

beforeAll(async () => {
  bundle = await realBundle()
  search = createSearch(bundle)
})

describe('createSearch over the real content', () => {
  it('puts the Prolactin entry first for "prolactin"', () => {
    const hits = search('prolactin')
    expect(hits[0]).toMatchObject({
      kind: 'hormone',
      title: 'Prolactin',
      context: 'Hormone',
      href: '#/reference/hormones/prolactin',
    })
  })

  it('finds cauda equina syndrome as a condition from one word', () => {
    expect(search('cauda')[0]).toMatchObject({
      kind: 'condition',
      title: 'Cauda equina syndrome',
      href: '#/reference/conditions/cauda-equina-syndrome',
    })
  })

  it('finds a module by a word in its title', () => {
    expect(search('masturbation')[0]).toMatchObject({
      kind: 'module',
      title: 'Cramps after masturbation',
      href: '#/modules/cramps-after-masturbation',
    })
  })

  it('matches a prefix while the user is still typing', () => {
    expect(search('endometr')[0]).toMatchObject({ kind: 'condition', title: 'Endometriosis' })
  })

  it('ignores surrounding spaces and case', () => {
    expect(search('  PROLACTIN ')[0]?.title).toBe('Prolactin')
  })

  it('returns nothing for a single character', () => {
    expect(search('e')).toEqual([])
    expect(search(' p ')).toEqual([])
  })

  it('returns at most the limit', () => {
    expect(search('sex', 3)).toHaveLength(3)
    expect(search('sex').length).toBeLessThanOrEqual(8)
  })

  it('gives every hit an href the app can route to, pointing at real content', () => {
    const router = createRouter({ history: createMemoryHistory(), routes })
    const hits: SearchHit[] = [
      'prolactin',
      'cauda',
      'masturbation',
      'endometr',
      'triage',
      'red flags',
    ].flatMap((q) => search(q))
    expect(new Set(hits.map((h) => h.kind))).toEqual(
      new Set(['module', 'section', 'hormone', 'condition', 'table']),
    )
    for (const hit of hits) {
      expect(hit.href, hit.id).toMatch(APP_ROUTE_PATTERN)
      const route = router.resolve(hit.href.slice(1))
      expect(route.name, hit.href).not.toBe('not-found')
      if (hit.kind === 'section') {
        const topic = bundle.topics.find((t) => t.id === route.params.id)
        expect(
          topic?.sections.map((s) => s.slug),
          hit.href,
        ).toContain(route.params.section)
      }
    }
  })
})
