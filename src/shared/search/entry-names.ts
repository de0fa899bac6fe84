/** An entry's name without its bracketed part: "Deep vein thrombosis (DVT)" → "Deep vein thrombosis". */
export function plainName(name: string): string {
  return name.replace(/\s*\([^)]*\)/g, '').trim() || name
}

/**
 * The names a reference entry answers to in search: its name, its plain name, and its aliases.
 */
export function entryNames(entry: { name: string; aliases: string[] }): string[] {
  return [...new Set([entry.name, plainName(entry.name), ...entry.aliases])]
}
