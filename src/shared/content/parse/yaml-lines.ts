/** A node's line (1-based, in the YAML text), and for a map or a sequence its children's. */
export interface Lines {
  line: number
  /** A map's values by key, the first of a repeated key (as `Document.getIn` finds them). */
  keys?: Map<unknown, Lines | undefined>
  items?: (Lines | undefined)[]
}

/**
 * The line of the value at `path`, or of its nearest present ancestor: what the document's
 * `getIn(path, true)` would find, shortening `path` until it finds a node. A sequence index
 * may be a number or a string of digits, as `getIn` takes it.
 */
export function deepestLine(
  lines: Lines | undefined,
  path: readonly PropertyKey[],
): number | undefined {
  let node = lines
  let line = node?.line
  for (const key of path) {
    if (node?.keys) node = node.keys.get(key)
    else if (node?.items) {
      const index = typeof key === 'string' && key ? Number(key) : key
      node =
        typeof index === 'number' && Number.isInteger(index) && index >= 0
          ? node.items[index]
          : undefined
    } else node = undefined
    if (!node) break
    line = node.line
  }
  return line
}

/** 1-based line of each offset in `text`, by binary search over where lines start. */
export function lineFinder(text: string): (offset: number) => number {
  const starts = [0]
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1)
  return (offset) => {
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (starts[middle]! <= offset) low = middle
      else high = middle - 1
    }
    return low + 1
  }
}
