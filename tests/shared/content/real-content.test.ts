import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { compileContent } from '@shared/content/compile-content'
import { formatIssue } from '@shared/content/issues'
import { readContentFiles } from '../../../src/main/content/read-content-files'
import { measureReadability } from '../../../build/readability'
import { reviewToday } from '../../review-today'

const CONTENT = resolve(import.meta.dirname, '../../../resources/content')

const REQUIRED_TOPICS = [
  'cramps-after-orgasm',
  'cramps-after-masturbation',
  'cramps-after-sex',
  'leg-twitching-after-sex',
  'back-pain-after-sex',
]
const REQUIRED_HORMONES = [
  'oxytocin',
  'prolactin',
  'prostaglandins',
  'catecholamines',
  'beta-endorphin',
  'dopamine',
  'cortisol',
  'vasopressin',
  'serotonin',
]

describe('the real teaching content', async () => {
  const files = await readContentFiles(CONTENT)
  const { bundle, issues } = compileContent(files, {
    today: reviewToday(files.map((f) => f.text)),
    readability: measureReadability,
  })

  it('compiles with no issues', () => {
    expect(issues.map(formatIssue)).toEqual([])
  })

  it('has the five required modules, each with a handout', () => {
    const topics = bundle.topics.map((t) => t.id)
    expect(topics).toEqual(expect.arrayContaining(REQUIRED_TOPICS))
    const handouts = bundle.handouts.map((h) => h.topic)
    expect(handouts).toEqual(expect.arrayContaining(REQUIRED_TOPICS))
  })

  it('gives every module at least five quiz questions, each with exactly one correct option', () => {
    for (const topic of bundle.topics) {
      expect(topic.quiz.length, topic.id).toBeGreaterThanOrEqual(5)
      for (const question of topic.quiz) {
        expect(
          question.options.filter((o) => o.correct),
          `${topic.id}/${question.id}`,
        ).toHaveLength(1)
      }
    }
  })

  it('has at least nine hormones, including the required ones', () => {
    const hormones = bundle.hormones.map((h) => h.id)
    expect(hormones.length).toBeGreaterThanOrEqual(9)
    expect(hormones).toEqual(expect.arrayContaining(REQUIRED_HORMONES))
  })

  it('has at least fifteen conditions', () => {
    expect(bundle.conditions.length).toBeGreaterThanOrEqual(15)
  })

  it('has at least five comparison tables, including a cause × presentation matrix', () => {
    expect(bundle.comparisons.length).toBeGreaterThanOrEqual(5)
    expect(bundle.comparisons.some((t) => t.kind === 'matrix')).toBe(true)
  })

  it('links every matrix presence cell to a section its module has', () => {
    const slugs = new Map(
      bundle.topics.map((t) => [
        t.id,
        new Set(t.sections.flatMap((s) => [s.slug, ...s.subheadings.map((h) => h.slug)])),
      ]),
    )
    const matrices = bundle.comparisons.filter((t) => t.kind === 'matrix')
    let cells = 0
    for (const table of matrices) {
      const presence = table.columns.filter((c) => c.type === 'presence')
      expect(presence.length, table.id).toBeGreaterThan(0)
      for (const row of table.rows) {
        for (const column of presence) {
          const href = row.cells[column.id]?.href
          if (!href) continue
          cells++
          const match = /^#\/modules\/([a-z0-9-]+)\/([a-z0-9-]+)$/.exec(href)
          expect(match, `${table.id}/${row.id}/${column.id}: ${href}`).not.toBeNull()
          expect(match![1]).toBe(column.module)
          expect(slugs.get(match![1]!)?.has(match![2]!), `${table.id}/${row.id}: ${href}`).toBe(
            true,
          )
        }
      }
    }
    expect(cells).toBeGreaterThan(0)
  })

  it('gives every hormone and condition at least one backlink', () => {
    const orphans = [...bundle.hormones, ...bundle.conditions]
      .map((e) => `${e.kind}:${e.id}`)
      .filter((key) => !bundle.backlinks[key]?.length)
    expect(orphans).toEqual([])
  })
})
