/**
 * Patient-handout PDFs, measured in one run so the ratios are fair on a noisy machine (part of
 * `npm run bench`; `npm run bench:handouts` runs this part alone):
 *
 *   - first handout (content and fonts loaded) and warm median per handout, by the service
 *   - bytes per file
 *   - the same handouts printed by headless Chromium from equivalent HTML (warm median)
 *   - all five topics from the command line, including start-up (median of 3 runs)
 */
import { execFile } from 'node:child_process'
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import type { Browser } from 'playwright-core'
import type { Handout } from '../../src/shared/content/model'
import { HandoutService } from '../../src/main/handouts/handout-service'
import { compileHandouts } from '../../src/shared/content/compile/compile-handouts'
import { readContentFiles } from '../../src/main/content/read-content-files'
import { HANDOUT_LABELS } from '../../src/shared/handout-theme'
import { serveStatic } from '../../tests/e2e/static-server'
import { median } from './stats'
import type { Row } from './report'

const ROOT = resolve(import.meta.dirname, '../..')
const run = promisify(execFile)
export const HANDOUT_TARGETS = { warmMs: 50, speedUp: 10, cliMs: 1500, twoPageKb: 80 }

const escape = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** The handout as a plain HTML page with the same fonts, sizes and content as the PDF. */
function handoutHtml(handout: Handout): string {
  const list = (items: string[]): string =>
    `<ul>${items.map((i) => `<li>${escape(i)}</li>`).join('')}</ul>`
  const tiers = handout.help
    .map(
      ({ tier, action, lead, items }) =>
        `<div class="tier ${tier}"><h3>${escape(action)}</h3><p>${escape(lead)}</p>${list(items.map((i) => i.text))}</div>`,
    )
    .join('')
  const sections = handout.sections
    .map(
      (s) =>
        `<h2>${escape(s.title)}</h2>${s.html}${s.title === 'When should I get help?' ? tiers : ''}`,
    )
    .join('')
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${escape(handout.title)}</title><style>
@font-face { font-family: H; src: url(NotoSans-Regular.ttf); }
@font-face { font-family: H; src: url(NotoSans-Bold.ttf); font-weight: 700; }
@font-face { font-family: H; src: url(NotoSans-Italic.ttf); font-style: italic; }
@page { size: A4; margin: 44pt 46pt 50pt; }
body { font: 12pt/1.4 H; color: #1a1a1a; }
h1 { font-size: 21pt; color: #0b4f4b; } h2 { font-size: 14pt; color: #0b4f4b; } h3 { font-size: 12.5pt; margin: 0; }
.tier { border: 2pt solid; border-radius: 6pt; padding: 7pt; margin: 6pt 0; break-inside: avoid; }
.emergency { border-color: #a3151a; } .today { border-color: #7a4b00; } .appointment { border-color: #1d4f7a; }
</style></head><body><h1>${escape(handout.title)}</h1><p>${escape(handout.summary)}</p>${sections}
<h2>${HANDOUT_LABELS.checklist}</h2>${list(handout.checklist)}<h2>${HANDOUT_LABELS.questions}</h2>${list(handout.questions)}
<h2>${HANDOUT_LABELS.clinic}</h2><p>Clinic: ____________________</p><p>Phone: ____________________</p>
<p><small>${HANDOUT_LABELS.about} Last reviewed ${handout.lastReviewed}. Sources: ${handout.sources.map((s) => escape(s.short)).join('; ')}.</small></p>
</body></html>`
}

/** The handout figures as table rows; `rounds` passes over the five topics. */
export async function benchHandouts(browser: Browser, rounds: number): Promise<Row[]> {
  const service = new HandoutService({ resourcesDir: join(ROOT, 'resources') })
  const topics = await service.topics()

  // 1. First handout: content compiled and fonts parsed on first use.
  let start = performance.now()
  await service.generateHandout(topics[0]!, {})
  const first = performance.now() - start

  // 2. Warm: every topic, several rounds.
  const warm: number[] = []
  const sizes = new Map<string, { bytes: number; pages: number }>()
  for (let round = 0; round < rounds; round++) {
    for (const topic of topics) {
      start = performance.now()
      const pdf = await service.generateHandout(topic, {})
      warm.push(performance.now() - start)
      sizes.set(topic, { bytes: pdf.bytes.length, pages: pdf.pages })
    }
  }

  // 3. Chromium printing the equivalent HTML, browser already running (its best case).
  const work = await mkdtemp(join(tmpdir(), 'atlas-bench-'))
  for (const font of ['NotoSans-Regular.ttf', 'NotoSans-Bold.ttf', 'NotoSans-Italic.ttf']) {
    await copyFile(join(ROOT, 'resources/fonts', font), join(work, font))
  }
  const files = await readContentFiles(join(ROOT, 'resources/content'))
  const { handouts } = compileHandouts(files, { today: '2000-01-01' })
  for (const handout of handouts)
    await writeFile(join(work, `${handout.topic}.html`), handoutHtml(handout))
  const server = await serveStatic(work)
  const context = await browser.newContext()
  const page = await context.newPage()
  const chromium: number[] = []
  const chromiumBytes: number[] = []
  for (let round = 0; round < rounds; round++) {
    for (const handout of handouts) {
      start = performance.now()
      await page.goto(`${server.url}${handout.topic}.html`)
      await page.evaluate(() => document.fonts.ready)
      const pdf = await page.pdf({ format: 'A4', printBackground: true })
      chromium.push(performance.now() - start)
      chromiumBytes.push(pdf.length)
    }
  }
  await context.close()
  await server.close()

  // 4. The command line, start-up included.
  const out = join(work, 'cli')
  await mkdir(out)
  const cli: number[] = []
  for (let i = 0; i < 3; i++) {
    start = performance.now()
    await run(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'scripts/handouts.ts'), '--out', out],
      { cwd: ROOT },
    )
    cli.push(performance.now() - start)
  }
  await rm(work, { recursive: true, force: true })

  const area = 'handouts'
  const largest = Math.max(
    0,
    ...[...sizes.values()].filter((s) => s.pages <= 2).map((s) => s.bytes),
  )
  const warmMedian = median(warm)
  const chromiumMedian = median(chromium)
  return [
    {
      area,
      name: 'first handout (loads content and fonts)',
      value: first,
      unit: 'ms',
    },
    {
      area,
      name: 'warm, median per handout',
      value: warmMedian,
      unit: 'ms',
      target: HANDOUT_TARGETS.warmMs,
      note: `${topics.length} topics × ${rounds} rounds`,
    },
    {
      area,
      name: 'Chromium printing the same, warm median',
      value: chromiumMedian,
      unit: 'ms',
      note: 'equivalent HTML, browser already running',
    },
    {
      area,
      name: 'speed-up over Chromium',
      value: chromiumMedian / warmMedian,
      unit: '×',
      target: HANDOUT_TARGETS.speedUp,
      atLeast: true,
    },
    {
      area,
      name: 'command line, all topics, with start-up',
      value: median(cli),
      unit: 'ms',
      target: HANDOUT_TARGETS.cliMs,
      note: 'median of 3',
    },
    {
      area,
      name: 'largest two-page handout',
      value: largest ? largest / 1024 : null,
      unit: 'KB',
      target: HANDOUT_TARGETS.twoPageKb,
      note: [...sizes]
        .map(([t, s]) => `${t} ${(s.bytes / 1024).toFixed(0)} KB/${s.pages} p`)
        .join(', '),
    },
    {
      area,
      name: "Chromium's file, median",
      value: median(chromiumBytes) / 1024,
      unit: 'KB',
    },
  ]
}
