import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { guardedPage, launchChromium, type PageGuard } from './browser'
import { serveStatic } from './static-server'
import { SCREENSHOTS } from './fixture'
import { installLearningBridge, type LearningBridge } from './learning-bridge'
import { realContent } from './content'
import { syntheticRecord } from '../../scripts/bench/learning-record'
import { moduleCatalogue } from '../../src/main/learning/module-catalogue'
import { hoursText } from '../../src/shared/learning/claims'
import { appraisalYear, previousYear, within, type Period } from '../../src/shared/learning/periods'
import { summarise, unreflected } from '../../src/shared/learning/summary'
import type { LearningRecord } from '../../src/shared/learning/schema'

let browser: Browser
let server: Awaited<ReturnType<typeof serveStatic>>

beforeAll(async () => {
  server = await serveStatic('out/renderer')
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
})

async function open(
  hash: string,
  theme: 'light' | 'dark' = 'light',
  prepare: (bridge: LearningBridge) => Promise<void> = async () => undefined,
): Promise<PageGuard & { bridge: LearningBridge }> {
  const guard = await guardedPage(browser, { colorScheme: theme })
  const startsAt = new Date('2027-03-02T09:00:00Z')
  const bridge = await installLearningBridge(guard.page, startsAt)
  await prepare(bridge)
  // Installed a minute early: pausing at the install time itself can land in the past.
  await guard.page.clock.install({ time: new Date(startsAt.getTime() - 60_000) })
  await guard.page.clock.pauseAt(startsAt)
  await guard.page.goto(`${server.url}#${hash}`)
  // The page's first script starts the app after the first frame, or 100 ms at the latest
  // (boot.ts), and this page's clock is paused: let that much pass before the app exists.
  await guard.page.clock.runFor(100)
  // The app's page, not the library prerendered into index.html (data-v-app: mounted).
  await guard.page.locator('#app[data-v-app] #main h1').first().waitFor()
  return { ...guard, bridge }
}

/** A record already kept (plain JSON, as the bridge's main has no safeStorage), consent given. */
async function seed(bridge: LearningBridge, record: LearningRecord): Promise<void> {
  await mkdir(join(bridge.folder, 'learning'), { recursive: true })
  await writeFile(join(bridge.folder, 'learning', 'learning-record.json'), JSON.stringify(record))
  const { settings } = await bridge.settings.get()
  await bridge.settings.save({ ...settings, learning: { ...settings.learning, consent: 'on' } })
}

/** The page's figures as the whole record gives them, for comparing with what it shows. */
function expected(record: LearningRecord, period: Period) {
  const summary = summarise(record, period)
  return {
    figures: {
      tracked: hoursText(summary.trackedSeconds),
      claimed: hoursText(summary.claimedSeconds),
      reflections: String(summary.reflections),
      'self-checks': String(summary.byKind['self-check'].activities),
    },
    waiting: unreflected(record).filter((a) => within(a.date, period)).length,
  }
}

async function done(guard: PageGuard): Promise<void> {
  expect(guard.errors, 'console errors').toEqual([])
  expect(guard.offsiteRequests, 'requests beyond 127.0.0.1').toEqual([])
  await guard.page.context().close()
}

describe('learning record in Chromium (main-process code behind the bridge)', () => {
  it('asks for consent, tracks reading on a faked clock, records a self-check, takes a reflection, totals it and exports the CSV', async () => {
    const guard = await open('/modules/cramps-after-orgasm')
    const { page, bridge } = guard

    // Consent, asked once, in plain words.
    const consent = page.getByRole('dialog', { name: 'Keep a learning record on this computer?' })
    await consent.waitFor()
    expect(await consent.innerText()).toMatch(/Nothing is sent anywhere/)
    await page.screenshot({ path: join(SCREENSHOTS, 'learning-consent.png') })
    await consent.getByRole('button', { name: 'Yes, keep a record' }).click()
    await expect.poll(async () => bridge.settings.current().learning.consent).toBe('on')
    await page.getByText('Your learning record is on').waitFor()

    // A minute of reading (a key every 10 s, the last at 50 s), then five idle minutes: the
    // 50 s and two more minutes count. (Shift: a key press that does not scroll, since a
    // scroll's events arrive on the browser's own time, not the faked clock's.)
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Shift')
      await page.clock.runFor(10_000)
    }
    await page.clock.runFor(5 * 60_000)

    // The self-check: answer every question.
    const content = await realContent()
    const topic = content.topics.find((t) => t.id === 'cramps-after-orgasm')!
    const questions = page.locator('.quiz fieldset')
    expect(await questions.count()).toBe(topic.quiz.length)
    for (let i = 0; i < topic.quiz.length; i++) {
      const correct = topic.quiz[i]!.options.findIndex((o) => o.correct)
      // Right on all but the first question.
      const pick = i === 0 ? (correct + 1) % topic.quiz[i]!.options.length : correct
      // The radio is hidden behind its label, as a reader sees the option.
      await questions.nth(i).locator('label.option').nth(pick).click()
    }
    await expect
      .poll(async () =>
        (await bridge.service.snapshot()).record.activities.filter((a) => a.kind === 'self-check'),
      )
      .toEqual([
        expect.objectContaining({ score: topic.quiz.length - 1, total: topic.quiz.length }),
      ])

    // Leaving the module reports the last of the reading.
    await page.goto(`${server.url}#/learning`)
    await page.getByRole('heading', { name: 'Learning record', level: 1 }).waitFor()
    const reading = async () =>
      (await bridge.service.snapshot()).record.activities.find((a) => a.kind === 'reading')
    await expect
      .poll(async () => {
        const a = await reading()
        return a && a.kind === 'reading' ? Object.values(a.sections).reduce((s, v) => s + v, 0) : 0
      })
      .toBe(170)
    await page.reload()
    await page.clock.runFor(100) // the app starts after the first frame (see open())
    await page.getByRole('heading', { name: 'Totals' }).waitFor()
    await expect.poll(() => page.locator('[data-figure=tracked]').innerText()).toBe('0.05')
    expect(await page.locator('[data-figure=self-checks]').innerText()).toBe('1')
    expect(await page.locator('[data-figure=claimed]').innerText()).toBe('0.00')

    // A reflection on the reading, with a name that must be checked first.
    await page.getByRole('checkbox', { name: /Cramps after orgasm.*Reading/ }).check()
    await page.getByRole('button', { name: /Write a reflection on 1 chosen/ }).click()
    await page.getByRole('heading', { name: 'Write a reflection' }).waitFor()
    await page
      .getByLabel(/What I learned/)
      .fill(
        'Cramps soon after orgasm are common, but I ask about sudden severe pain first. Jane Smith asked me this week.',
      )
    await page
      .getByLabel(/How I will apply it/)
      .fill('I will use the red-flag questions before I reassure.')
    await page.getByRole('alert').filter({ hasText: 'like patient details' }).waitFor()
    expect(await page.getByText('Jane Smith', { exact: true }).count()).toBe(1)
    // The draft is kept as it is typed.
    await expect.poll(async () => (await bridge.service.snapshot()).drafts.length).toBe(1)
    await page.getByRole('button', { name: 'Save reflection' }).click()
    await page.getByText('Check the passages that look like patient details').waitFor()
    await page
      .getByLabel(/What I learned/)
      .fill('Cramps soon after orgasm are common, but I ask about sudden severe pain first.')
    await page.getByRole('button', { name: 'Save reflection' }).click()
    await page.getByRole('heading', { name: 'Totals' }).waitFor()
    // Two whole minutes of the 2 min 50 s are claimed by default.
    await expect.poll(() => page.locator('[data-figure=claimed]').innerText()).toBe('0.03')
    expect(await page.locator('[data-figure=reflections]').innerText()).toBe('1')
    expect((await bridge.service.snapshot()).drafts).toEqual([])

    // The CSV for the portfolio.
    await page.getByRole('button', { name: 'Save activities as CSV…' }).click()
    await page.getByText(/Saved learning-activities-.*\.csv \(2 rows\)/).waitFor()
    const [csv] = await bridge.exports()
    const rows = parse(await readFile(csv!, 'utf8'), { bom: true, columns: true }) as Record<
      string,
      string
    >[]
    expect(
      rows.map((r) => [
        r['Date'],
        r['Activity'],
        r['Minutes tracked'],
        r['Hours claimed'],
        r['Reflected'],
      ]),
    ).toEqual([
      ['2027-03-02', 'Reading', '3', '0.03', 'yes'],
      ['2027-03-02', 'Self-check', '0', '0.00', 'no'],
    ])
    await done(guard)
  })

  it('a long record: the page shows the whole record’s figures for each period, asking main for them, never for the record', async () => {
    const modules = await moduleCatalogue(join('resources', 'content')).all()
    const record = syntheticRecord(modules, {
      activities: 3000,
      reflections: 60,
      end: '2027-03-02',
    })
    for (const theme of ['light', 'dark'] as const) {
      const guard = await open('/', theme, (bridge) => seed(bridge, record))
      const { page, bridge } = guard
      await page.setViewportSize({ width: 1366, height: 768 })
      await page.evaluate(() => (location.hash = '#/learning'))
      await page.locator('.totals__figures').waitFor()
      const figures = () =>
        page
          .locator('[data-figure]')
          .evaluateAll((nodes) =>
            Object.fromEntries(
              nodes
                .filter((n) => (n as HTMLElement).dataset['figure'] !== 'preparation')
                .map((n) => [(n as HTMLElement).dataset['figure'], n.textContent!.trim()]),
            ),
          )
      const year = appraisalYear('2027-03-02', '04-01')
      const thisYear = expected(record, year)
      expect(thisYear.waiting).toBeGreaterThan(50)
      expect(await figures()).toEqual(thisYear.figures)
      await page
        .getByRole('heading', { name: `Not yet reflected on (${thisYear.waiting})` })
        .waitFor()
      const listed = page.getByRole('list', { name: 'Activities without a reflection' })
      expect(await listed.getByRole('listitem').count()).toBe(25)
      // The notice reads as one sentence: its Settings link follows "in" a space away, not
      // as a separate box a gap apart.
      const gap = await page
        .getByRole('note')
        .filter({ hasText: 'Add your name' })
        .evaluate((note) => {
          const link = note.querySelector('a')!
          const before = document.createRange()
          before.selectNodeContents(note)
          before.setEndBefore(link)
          const words = [...before.getClientRects()].at(-1)!
          return link.getBoundingClientRect().left - words.right
        })
      expect(gap).toBeGreaterThanOrEqual(0)
      expect(gap).toBeLessThan(6)
      if (theme === 'light') {
        await page.screenshot({ path: join(SCREENSHOTS, 'learning-long-record-light.png') })
        await page
          .getByRole('button', { name: `Show more (${thisYear.waiting - 25} left)` })
          .click()
        await expect.poll(() => listed.getByRole('listitem').count()).toBe(50)
        await page
          .getByRole('button', { name: `Show more (${thisYear.waiting - 50} left)` })
          .waitFor()

        // Another period: its own figures, from main, as the whole record gives them.
        await page.getByText('Last appraisal year').click()
        const last = expected(record, previousYear(year, '04-01'))
        await page
          .getByRole('heading', { name: `Not yet reflected on (${last.waiting})` })
          .waitFor()
        expect(await figures()).toEqual(last.figures)
        expect(await listed.getByRole('listitem').count()).toBe(25)
      } else {
        await page.screenshot({ path: join(SCREENSHOTS, 'learning-long-record-dark.png') })
      }
      expect(bridge.calls).toContain('getLearningOverview')
      expect(bridge.calls).not.toContain('getLearning')
      await done(guard)
    }
  })

  it('says No once and is not asked again; nothing is recorded', async () => {
    const guard = await open('/modules/leg-twitching-after-sex')
    const { page, bridge } = guard
    await page.getByRole('button', { name: 'No, thank you' }).click()
    await page.keyboard.press('ArrowDown')
    await page.clock.runFor(60_000)
    await page.goto(`${server.url}#/modules/cramps-after-sex`)
    await page.locator('#main h1').first().waitFor()
    expect(await page.getByRole('dialog', { name: /Keep a learning record/ }).count()).toBe(0)
    expect(await page.getByText('Your learning record is on').count()).toBe(0)
    expect((await bridge.service.snapshot()).record.activities).toEqual([])
    await page.goto(`${server.url}#/learning`)
    await page.getByText('Recording is off.').waitFor()
    await done(guard)
  })
})
