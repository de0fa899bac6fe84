/** The search benchmark's figures (scripts/bench/search.ts) as rows of the one table. */
import { benchSearch, TARGETS } from './search'
import type { Row } from './report'

export async function searchRows(
  topics: number,
  options: Parameters<typeof benchSearch>[0],
): Promise<Row[]> {
  const f = await benchSearch(options)
  const area = `search, ${topics} topics`
  const rows: Row[] = [
    {
      area,
      name: 'quick search per keystroke, p95',
      value: f.keystroke.p95,
      unit: 'ms',
      target: TARGETS.queryP95Ms,
      note: `p50 ${f.keystroke.p50.toFixed(2)} ms, n=${f.keystroke.count}`,
    },
    {
      area,
      name: 'results page per query, p95',
      value: f.resultsPage.p95,
      unit: 'ms',
      target: TARGETS.queryP95Ms,
      note: `p50 ${f.resultsPage.p50.toFixed(2)} ms, n=${f.resultsPage.count}`,
    },
    {
      area,
      name: 'index load, first in process',
      value: f.loadFirstMs,
      unit: 'ms',
      target: TARGETS.loadMs,
      note: `${f.documents} documents, ${f.terms} terms; after a full GC of the build's garbage`,
    },
  ]
  if (f.coldLoad)
    rows.push({
      area,
      name: 'index load, fresh process (p50)',
      value: f.coldLoad.p50,
      unit: 'ms',
      target: TARGETS.loadMs,
      note: `n=${f.coldLoad.count}`,
    })
  if ('skipped' in f.chromium)
    rows.push({
      area,
      name: 'index load in the app (Chromium)',
      value: null,
      unit: 'ms',
      note: `skipped: ${f.chromium.skipped}`,
    })
  else
    rows.push({
      area,
      name: 'index load in the app (Chromium, p50)',
      value: f.chromium.load.p50,
      unit: 'ms',
      target: TARGETS.loadMs,
      note: `the app's own measures; fetch before it ${f.chromium.fetch.p50.toFixed(1)} ms; n=${f.chromium.load.count}`,
    })
  rows.push({
    area,
    name: 'index asset, gzipped',
    value: f.indexGzipBytes / 1024,
    unit: 'KB',
    note: `${(f.indexBytes / 1024).toFixed(0)} KB as shipped`,
  })
  rows.push({
    area,
    name: 'snippet texts, gzipped',
    value: f.textGzipBytes / 1024,
    unit: 'KB',
    note: `${(f.textBytes / 1024).toFixed(0)} KB in ${f.textFiles} files, each read when a result from it is shown`,
  })
  return rows
}
