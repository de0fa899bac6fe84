/**
 * `npm run content:check`: validates all teaching content and lists every problem with its
 * file, line and field. Exits non-zero when there is any.
 */
import { compileContent } from '../src/shared/content/compile-content'
import { formatIssue } from '../src/shared/content/issues'
import { readContentFiles } from '../src/main/content/read-content-files'
import { measureReadability } from '../build/readability'
import { contentLabel, contentRoot } from '../build/content-root'
import { todayIso } from '../src/shared/dates'

async function main(): Promise<void> {
  // resources/content, or the folder ATLAS_CONTENT_ROOT names (a synthetic library, say).
  const CONTENT_DIR = contentLabel()
  const files = await readContentFiles(contentRoot())
  const today = process.env.ATLAS_TODAY ?? todayIso()
  const {
    bundle,
    issues: all,
    internalCitations,
  } = compileContent(files, { today, readability: measureReadability }, CONTENT_DIR)
  // `npm run content:check -- topics/x.md quizzes/x.yaml` shows only those files' problems.
  const only = process.argv
    .slice(2)
    .map(
      (path) =>
        `${CONTENT_DIR}/${path.replace(/^resources\/content\//, '').replace(`${CONTENT_DIR}/`, '')}`,
    )
  const issues = only.length ? all.filter((issue) => only.includes(issue.file)) : all

  if (issues.length) {
    for (const issue of issues) console.error(formatIssue(issue))
    console.error(
      `\n${issues.length} problem${issues.length === 1 ? '' : 's'} in ${CONTENT_DIR}. Fix them and run "npm run content:check" again.`,
    )
    process.exitCode = 1
    return
  }
  if (only.length && all.length) {
    console.log(`No problems in ${only.join(', ')} (${all.length} elsewhere).`)
    return
  }
  const counts = [
    `${bundle.topics.length} modules`,
    `${bundle.handouts.length} handouts`,
    `${bundle.hormones.length} hormones`,
    `${bundle.conditions.length} conditions`,
    `${bundle.comparisons.length} comparison tables`,
  ]
  console.log(`Content OK (${files.length} files): ${counts.join(', ')}.`)
  const { claims, internalOnly } = internalCitations
  const share = claims ? ((100 * internalOnly.length) / claims).toFixed(1) : '0'
  console.log(
    `  citations: ${claims} cited claims, ${internalOnly.length} (${share}%) resting on the internal evidence review alone (target 0)`,
  )
  for (const handout of bundle.handouts) {
    const r = handout.readability
    const p = handout.pemat
    console.log(
      `  handout ${handout.topic}: ${r?.words} words, Flesch-Kincaid grade ${r?.grade}; PEMAT-P understandability ${p?.understandability}%, actionability ${p?.actionability}%`,
    )
  }
}

void main()
