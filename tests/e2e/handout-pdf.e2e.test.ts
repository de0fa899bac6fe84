import { execFile } from 'node:child_process'
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { beforeAll, describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { HandoutService } from '../../src/main/handouts/handout-service'
import { handoutSources } from '../main/handouts/pdf-helpers'

const run = promisify(execFile)
const OUT = join('test-results', 'handouts')
const CLINIC = {
  name: 'Riverside Sexual Health Clinic',
  phone: '020 7946 0000',
  website: 'https://example.org/sexual-health',
}

/**
 * Checks the real PDFs with poppler, as a reader's tools see them: tagged, the right page size,
 * every font embedded, the text in order; every page is also saved as a PNG to look at.
 */
describe('handout PDFs under poppler', () => {
  const service = new HandoutService({ resourcesDir: 'resources' })
  const files: { topic: string; variant: string; path: string }[] = []

  beforeAll(async () => {
    await rm(OUT, { recursive: true, force: true })
    await mkdir(join(OUT, 'png'), { recursive: true })
    const variants = [
      { variant: 'a4', options: {} },
      {
        variant: 'letter-clinic',
        options: {
          paper: 'letter' as const,
          clinic: CLINIC,
          note: 'Come back in six weeks if this has not settled.',
        },
      },
      { variant: 'a4-large', options: { largePrint: true } },
    ]
    for (const topic of await service.topics()) {
      for (const { variant, options } of variants) {
        const path = join(OUT, `${topic}-${variant}.pdf`)
        await writeFile(path, (await service.generateHandout(topic, options)).bytes)
        files.push({ topic, variant, path })
      }
    }
  })

  it('pdfinfo: tagged, titled, with the chosen page size', async () => {
    for (const { variant, path } of files) {
      const { stdout } = await run('pdfinfo', [path])
      expect(stdout, path).toMatch(/Tagged:\s+yes/)
      expect(stdout, path).toMatch(/Title:\s+.+: information for patients/)
      expect(stdout, path).toMatch(
        variant.startsWith('letter')
          ? /Page size:\s+612 x 792 pts \(letter\)/
          : /Page size:\s+595\.28 x 841\.89 pts \(A4\)/,
      )
      expect(stdout, path).toMatch(
        variant === 'letter-clinic'
          ? /Author:\s+Riverside Sexual Health Clinic/
          : /Author:\s+Postcoital Atlas/,
      )
    }
  })

  it('pdffonts: every font embedded, no standard fonts', async () => {
    for (const { path } of files) {
      const { stdout } = await run('pdffonts', [path])
      const rows = stdout
        .split('\n')
        .slice(2)
        .filter((line) => line.trim())
      expect(rows.length, path).toBeGreaterThan(0)
      for (const row of rows) {
        expect(row, path).toMatch(/NotoSans/)
        expect(row.split(/\s+/).slice(-5, -4)[0], `${path}: ${row}`).toBe('yes')
      }
    }
  })

  it('pdftotext: the emergency box on page 1, then headings, help tiers, clinic block and review date in order', async () => {
    const tiers = parseYaml(await readFile('resources/content/urgency-tiers.yaml', 'utf8')) as {
      tiers: { id: string; patient: { action: string } }[]
    }
    const action = (id: string) => tiers.tiers.find((t) => t.id === id)!.patient.action
    for (const { variant, path } of files) {
      const { stdout: first } = await run('pdftotext', ['-f', '1', '-l', '1', '-layout', path, '-'])
      expect(first, `${path}: page 1`).toContain(action('emergency'))
      const { stdout } = await run('pdftotext', ['-layout', path, '-'])
      const order = [
        action('emergency'),
        'What is it?',
        'Why does it happen?',
        'What can I do now?',
        'When should I get help?',
        action('same-day'),
        action('soon'),
        'Your checklist',
        'Questions to ask',
        'Your clinic',
        'Last reviewed',
      ]
      let cursor = -1
      for (const text of order) {
        const at = stdout.indexOf(text, cursor + 1)
        expect(at, `${path}: "${text}" after the previous heading`).toBeGreaterThan(cursor)
        cursor = at
      }
      if (variant === 'letter-clinic') expect(stdout).toContain('Riverside Sexual Health Clinic')
      expect(stdout).toMatch(/Page 1 of \d/)
    }
  })

  // Tools that ignore tags (reflow, copy, many readers) follow the page: the checklist must not
  // be read interleaved with the questions, as it was when they sat side by side.
  it('pdftotext without tags: every checklist item before "Questions to ask", every question after', async () => {
    const sources = await handoutSources()
    const words = (text: string) => text.replace(/\s+/g, ' ')
    for (const { topic, path } of files) {
      const { stdout } = await run('pdftotext', [path, '-'])
      const text = words(stdout)
      const source = sources.find((s) => s.topic === topic)!
      const checklistAt = text.indexOf('Your checklist')
      const questionsAt = text.indexOf('Questions to ask')
      const clinicAt = text.indexOf('Your clinic')
      expect(checklistAt, path).toBeGreaterThan(0)
      expect(questionsAt, path).toBeGreaterThan(checklistAt)
      expect(clinicAt, path).toBeGreaterThan(questionsAt)
      for (const item of source.checklist) {
        const at = text.indexOf(words(item).slice(0, 30), checklistAt)
        expect(at > checklistAt && at < questionsAt, `${path}: checklist "${item}"`).toBe(true)
      }
      for (const question of source.questions) {
        const at = text.indexOf(words(question).slice(0, 30), questionsAt)
        expect(at > questionsAt && at < clinicAt, `${path}: question "${question}"`).toBe(true)
      }
    }
  })

  it('pdftoppm: renders every page to PNG for review', async () => {
    for (const { path } of files.filter((f) => f.variant !== 'a4-large')) {
      const base = join(
        OUT,
        'png',
        path
          .split('/')
          .pop()!
          .replace(/\.pdf$/, ''),
      )
      await run('pdftoppm', ['-r', '60', '-png', path, base])
    }
    const pngs = await readdir(join(OUT, 'png'))
    expect(pngs.length).toBeGreaterThanOrEqual((files.length / 3) * 2 * 2)
  })
})
