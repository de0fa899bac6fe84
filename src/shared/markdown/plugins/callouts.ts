import type { MarkdownIt } from 'markdown-it'
import container from 'markdown-it-container'
import type { RenderEnv } from '../env'

/** Teaching callouts and the label a reader sees on each. */
export const CALLOUT_LABELS = {
  'key-point': 'Key point',
  pearl: 'Clinical pearl',
  'red-flag': 'Red flag',
} as const

/** How the evidence review rated a claim patients may have read. */
export const MYTH_RATINGS = {
  wrong: 'Wrong',
  unsupported: 'Unsupported',
  contested: 'Contested',
  overstated: 'Overstated',
} as const
export type MythRating = keyof typeof MYTH_RATINGS

/** Text after the container name: `::: pearl Title words` gives `Title words`. */
function paramsAfterName(info: string, name: string): string {
  return info.trim().slice(name.length).trim()
}

/** Markdown's punctuation except quotes: escaped, each stays the character it is. */
const MARKUP = /[!#$%&()*+,\-./:;<=>?@[\\\]^_`{|}~]/g

/**
 * A title or claim with the quotes and apostrophes the typographer gives body text ("which
 * muscle?" beside body text's “which muscle?”), still only text: every other punctuation mark
 * is escaped first, so no emphasis, link, citation or cross-link can form in it.
 */
function typeset(md: MarkdownIt, text: string): string {
  const [inline] = md.parseInline(text.replace(MARKUP, '\\$&'), {})
  return (inline?.children ?? []).map((token) => token.content).join('')
}

/**
 * A claim is shown between quotation marks (prose.css), so quotes inside it are single, as
 * British style nests them: “soreness is ‘reflected’ into the back”. Apostrophes stay as
 * they are; single quotes the author wrote stay single.
 */
const quotedWithin = (text: string): string => text.replace(/“/g, '‘').replace(/”/g, '’')

function addCallout(md: MarkdownIt, name: keyof typeof CALLOUT_LABELS): void {
  const escape = md.utils.escapeHtml
  container(md, name, {
    render(tokens, idx) {
      const token = tokens[idx]!
      if (token.nesting !== 1) return '</div>\n'
      const title = paramsAfterName(token.info, name)
      const label = CALLOUT_LABELS[name]
      return (
        `<div class="pa-callout pa-callout--${name}" role="note" aria-label="${label}">\n` +
        `<p class="pa-callout__label"><span class="pa-icon pa-icon--${name}" aria-hidden="true"></span>${label}</p>\n` +
        (title ? `<p class="pa-callout__title">${escape(typeset(md, title))}</p>\n` : '')
      )
    },
  })
}

/**
 * `::: myth <rating> <claim>` states a claim fairly, then the body gives the evidence. The
 * rating is shown in words so the block reads correctly without colour.
 */
function addMyth(md: MarkdownIt): void {
  const escape = md.utils.escapeHtml
  container(md, 'myth', {
    render(tokens, idx, _options, rawEnv) {
      const env = rawEnv as RenderEnv
      const token = tokens[idx]!
      if (token.nesting !== 1) return '</div>\n</div>\n'
      const [rating = '', ...claimWords] = paramsAfterName(token.info, 'myth').split(/\s+/)
      const claim = claimWords.join(' ')
      // Own keys only: `in` would accept inherited names such as "constructor".
      const known = Object.hasOwn(MYTH_RATINGS, rating)
      const line = token.map?.[0] ?? 0
      if (!known) {
        env.problems?.push({
          line,
          field: 'myth',
          message: `rating "${rating}" is not one of ${Object.keys(MYTH_RATINGS).join(', ')}; write "::: myth <rating> <claim>"`,
        })
      }
      if (!claim) {
        env.problems?.push({
          line,
          field: 'myth',
          message: 'the claim is missing after the rating',
        })
      }
      const ratingLabel = known ? MYTH_RATINGS[rating as MythRating] : 'Unrated'
      return (
        `<div class="pa-callout pa-callout--myth" role="note" aria-label="Claim and evidence">\n` +
        `<div class="pa-myth__claim"><p class="pa-callout__label">What patients may have read ` +
        `<span class="pa-myth__rating pa-myth__rating--${known ? rating : 'unrated'}">${ratingLabel}</span></p>\n` +
        `<p class="pa-myth__text">${escape(quotedWithin(typeset(md, claim)))}</p></div>\n` +
        `<div class="pa-myth__evidence"><p class="pa-callout__label">What the evidence says</p>\n`
      )
    },
  })
}

/** Key point, clinical pearl, red flag and myth-versus-evidence blocks. */
export default function callouts(md: MarkdownIt): void {
  for (const name of Object.keys(CALLOUT_LABELS) as (keyof typeof CALLOUT_LABELS)[]) {
    addCallout(md, name)
  }
  addMyth(md)
}
