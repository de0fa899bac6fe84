import type { BibliographyEntry } from '../parse/schemas/bibliography'
import type { Reference } from '../model'

export type Bibliography = Map<string, BibliographyEntry>

const endsWithStop = (text: string): boolean => /[.?!]$/.test(text)

/** Full citation in Vancouver style: "Authors. Title. Source. Year;details. doi:… PMID: …" */
export function formatCitation(entry: BibliographyEntry): string {
  const title = endsWithStop(entry.title) ? entry.title : `${entry.title}.`
  const year = `${entry.year}${entry.details ? `;${entry.details}` : ''}`
  const ids = [entry.doi && `doi:${entry.doi}`, entry.pmid && `PMID: ${entry.pmid}`]
    .filter(Boolean)
    .map((id) => ` ${id}.`)
    .join('')
  return `${entry.authors}. ${title} ${entry.source}. ${year}${endsWithStop(year) ? '' : '.'}${ids}`
}

/** Where a reader can find the source: its own address, else its DOI resolved. */
export function sourceUrl(entry: BibliographyEntry): string | undefined {
  return entry.url ?? (entry.doi ? `https://doi.org/${entry.doi}` : undefined)
}

/** "Schwellnus 2009", "Ding et al. 2024": for tooltips next to a reference number. */
export function shortCitation(entry: BibliographyEntry): string {
  if (entry.short) return entry.short
  const authors = entry.authors.split(',').map((a) => a.trim())
  // "Schwellnus MP" → "Schwellnus"; an organisation ("… and HIV") keeps its last word.
  const firstAuthor = authors[0] ?? ''
  const first = /^\S+\s+[A-Z]{1,3}$/.test(firstAuthor)
    ? firstAuthor.replace(/\s+[A-Z]{1,3}$/, '')
    : firstAuthor
  const etAl = authors.length > 1 || /et al\.?$/.test(entry.authors) ? ' et al.' : ''
  return `${first.replace(/\s+et al\.?$/, '')}${etAl} ${entry.year}`
}

/** The numbered reference list for citation keys in order of first use. Unknown keys are skipped. */
export function buildReferences(keys: readonly string[], bibliography: Bibliography): Reference[] {
  const references: Reference[] = []
  keys.forEach((key, index) => {
    const entry = bibliography.get(key)
    if (!entry) return
    const reference: Reference = {
      number: index + 1,
      key,
      text: formatCitation(entry),
      short: shortCitation(entry),
    }
    const url = sourceUrl(entry)
    if (url) reference.url = url
    if (entry.note) reference.note = entry.note
    references.push(reference)
  })
  return references
}
