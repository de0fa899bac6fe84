import { readFileSync, readdirSync } from 'node:fs'
import { basename, join } from 'node:path'
import * as fontkit from 'fontkit'
import type { LicenceEntry } from '../../src/shared/licences'

interface NamedFont {
  getName(key: string): string | null
}

/**
 * The fonts in `folder` (TTF/OTF), one entry per family, from each font's own name table:
 * family, version, copyright and licence URL, so the list cannot drift from the files.
 */
export function fontEntries(folder: string, usedIn: LicenceEntry['usedIn']): LicenceEntry[] {
  const families = new Map<string, LicenceEntry>()
  for (const file of readdirSync(folder)
    .filter((f) => /\.(ttf|otf)$/i.test(f))
    .sort()) {
    const font = fontkit.create(readFileSync(join(folder, file))) as unknown as NamedFont
    const family = font.getName('fontFamily') ?? basename(file)
    if (families.has(family)) continue
    const url = font.getName('licenseURL')
    const described = font.getName('licenseDescription')
    const licence = /openfontlicense|scripts\.sil\.org\/OFL/i.test(`${url} ${described}`)
      ? 'OFL-1.1'
      : (described ?? url ?? 'not stated in the font')
    families.set(family, {
      name: family,
      version: (font.getName('version') ?? '').replace(/^Version\s*/i, ''),
      licence,
      ...(font.getName('copyright') ? { by: font.getName('copyright')! } : {}),
      usedIn,
    })
  }
  return [...families.values()]
}
