import { beforeAll, describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import type { ContentBundle } from '@shared/content/model'
import type { ContentIndex } from '@renderer/content/content-index'
import { contentFromBundle } from '@renderer/content/bundle-content'
import ReviewNotice from '@renderer/review/ReviewNotice.vue'
import { reviewSummary, reviewedContent, reviewedOnRoute } from '@renderer/review/review-dates'
import { citedSources } from '@shared/content/cited-sources'
import { fixtureBundle } from './content'
import { at, globalFor, harness } from './mount-app'

let bundle: ContentBundle
let index: ContentIndex
beforeAll(async () => {
  bundle = await fixtureBundle()
  index = await contentFromBundle(bundle)
})

describe('review dates', () => {
  it('lists modules and handouts with next review dates, entries with their last review', () => {
    const items = reviewedContent(bundle)
    expect(items.find((i) => i.kind === 'Module')).toMatchObject({
      path: '/modules/leg-cramps',
      lastReviewed: '2026-01-10',
      nextReview: '2027-01-10',
    })
    expect(items.find((i) => i.kind === 'Condition')?.nextReview).toBeUndefined()
  })

  it('counts as passed from the review day itself, like content:check', () => {
    expect(reviewSummary(bundle, '2027-01-09').overdue).toBe(0)
    expect(reviewSummary(bundle, '2027-01-10').overdue).toBe(2)
  })

  it('knows which content a page shows', () => {
    const on = (name: string, id: string) =>
      reviewedOnRoute(bundle, { name, params: { id } }).map((i) => i.kind)
    expect(on('module', 'leg-cramps')).toEqual(['Module', 'Patient handout'])
    expect(on('condition', 'muscle-cramp')).toEqual(['Condition'])
    expect(on('compare-index', '')).toEqual([])
  })
})

describe('the "past its review date" notice', () => {
  async function notice(path: string, today: string) {
    const h = harness(index)
    await at(h, path)
    return mount(ReviewNotice, { props: { today }, global: globalFor(h) })
  }

  it('says nothing before the next review date', async () => {
    expect((await notice('/modules/leg-cramps', '2026-12-31')).html()).not.toContain('review')
  })

  it('says so on the module page once the date has passed, for the module and its handout', async () => {
    const w = await notice('/modules/leg-cramps', '2027-02-01')
    expect(w.find('h2').text()).toBe('Content past its review date')
    expect(w.text()).toContain('This module was due for review in January 2027')
    expect(w.text()).toContain('The patient handout for this module was due for review')
    expect(w.text()).toContain('Check current national guidance')
    expect(w.find('a').attributes('href')).toBe('/sources')
  })

  it('says nothing on pages without review dates', async () => {
    expect((await notice('/compare', '2099-01-01')).html()).not.toContain('review date')
  })
})

describe('content sources', () => {
  it('lists each cited source once, with every place that cites it', () => {
    const sources = citedSources(bundle)
    const keys = sources.map((s) => s.key)
    expect(new Set(keys).size).toBe(keys.length)
    expect(sources.length).toBeGreaterThan(0)
    const everywhere = new Set(
      [
        ...bundle.topics.flatMap((t) => t.references),
        ...bundle.conditions.flatMap((c) => c.references),
        ...bundle.comparisons.flatMap((c) => c.references),
      ].map((r) => r.key),
    )
    for (const key of everywhere) expect(keys).toContain(key)
    const topicRef = bundle.topics[0]!.references[0]!
    expect(sources.find((s) => s.key === topicRef.key)!.citedIn).toContainEqual({
      title: bundle.topics[0]!.title,
      path: '/modules/leg-cramps/references',
    })
  })

  it('is in alphabetical order of citation', () => {
    const texts = citedSources(bundle).map((s) => s.text)
    expect(texts).toEqual([...texts].sort((a, b) => a.localeCompare(b, 'en-GB')))
  })
})
