import type { IssueList } from '../issues'
import { checkSourceText } from './source-limits'

/** A content file: `path` relative to the content root (e.g. `topics/x.md`). */
export interface SourceFile {
  path: string
  text: string
}

/** A content file as the parsers take it: its path as messages show it, and its name. */
export interface NamedSource {
  file: string
  name: string
  text: string
}

const AUTHOR_NOTES = /^(?:.*\/)?(README|CHANGELOG)\.md$/

/** A README or CHANGELOG is notes for authors wherever it sits, never content. */
export const isAuthorNotes = (path: string): boolean => AUTHOR_NOTES.test(path)

/** Tried in order, author notes first. */
const KINDS = [
  { kind: 'readme', pattern: AUTHOR_NOTES },
  { kind: 'topic', pattern: /^topics\/([^/]+)\.md$/ },
  { kind: 'quiz', pattern: /^quizzes\/([^/]+)\.yaml$/ },
  { kind: 'pemat', pattern: /^handouts\/([^/]+)\.pemat\.yaml$/ },
  { kind: 'handout', pattern: /^handouts\/([^/]+)\.md$/ },
  { kind: 'hormone', pattern: /^hormones\/([^/]+)\.md$/ },
  { kind: 'condition', pattern: /^conditions\/([^/]+)\.md$/ },
  { kind: 'comparison', pattern: /^comparisons\/([^/]+)\.yaml$/ },
  { kind: 'deck', pattern: /^decks\/([^/]+)\.md$/ },
  { kind: 'bibliography', pattern: /^(bibliography)\.yaml$/ },
  { kind: 'safety', pattern: /^(urgency-tiers|red-flags|medicines)\.yaml$/ },
  { kind: 'synonyms', pattern: /^(synonyms)\.yaml$/ },
] as const

/** What a content file is, from where it sits. */
export type SourceKind = (typeof KINDS)[number]['kind']

function classify(path: string): { kind: SourceKind; name: string } | null {
  for (const { kind, pattern } of KINDS) {
    const match = pattern.exec(path)
    if (match) return { kind, name: match[1]! }
  }
  return null
}

/** The content files by kind: those to parse, and every name present (refused ones too). */
export class SortedSources {
  private readonly presentByKind = new Map<SourceKind, Set<string>>()

  constructor(
    private readonly groups: ReadonlyMap<SourceKind, readonly NamedSource[]>,
    private readonly refused: ReadonlySet<string>,
  ) {}

  /** The files of a kind that can be read. */
  of(kind: SourceKind): NamedSource[] {
    return (this.groups.get(kind) ?? []).filter((f) => !this.refused.has(f.file))
  }

  /**
   * The names of a kind's files, including those refused or failing validation: they count as
   * present, so their absence is not reported a second time elsewhere.
   */
  present(kind: SourceKind): ReadonlySet<string> {
    // Asked once per module for some kinds: made once, not once per module.
    let names = this.presentByKind.get(kind)
    if (!names) {
      names = new Set((this.groups.get(kind) ?? []).map((f) => f.name))
      this.presentByKind.set(kind, names)
    }
    return names
  }
}

/**
 * Sorts the files by kind. A file too large, binary or not UTF-8 is reported with its line,
 * then left out of every other check (but still known by name, so links to it are not
 * reported as unknown); a file in no known place is reported.
 */
export function sortSources(
  files: readonly SourceFile[],
  display: (path: string) => string,
  issues: IssueList,
): SortedSources {
  const groups = new Map<SourceKind, NamedSource[]>()
  const refused = new Set<string>()
  for (const file of files) {
    if (!checkSourceText(display(file.path), file.text, issues)) refused.add(display(file.path))
    const found = classify(file.path)
    if (!found) {
      issues.add(
        display(file.path),
        1,
        'file',
        'not a known content file; see resources/content/README.md for where each kind lives',
      )
      continue
    }
    const list = groups.get(found.kind) ?? []
    list.push({ file: display(file.path), name: found.name, text: file.text })
    groups.set(found.kind, list)
  }
  return new SortedSources(groups, refused)
}
