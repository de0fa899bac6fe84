/** Findings from a SARIF 2.1 report, with the code each one points at. */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'

const sarifReport = z.object({
  version: z.literal('2.1.0'),
  runs: z
    .array(
      z.object({
        results: z.array(
          z.object({
            ruleId: z.string(),
            level: z.string().optional(),
            message: z.object({ text: z.string() }),
            locations: z
              .array(
                z.object({
                  physicalLocation: z.object({
                    artifactLocation: z.object({ uri: z.string() }),
                    region: z
                      .object({
                        startLine: z.number().int(),
                        startColumn: z.number().int().optional(),
                        charLength: z.number().int().optional(),
                      })
                      .optional(),
                  }),
                }),
              )
              .min(1),
          }),
        ),
      }),
    )
    .length(1),
})

export interface Finding {
  check: string
  /** Path relative to the scanned folder, with forward slashes. */
  file: string
  line: number
  column: number
  message: string
  /** The code the finding points at (one line at most), for matching and for the report. */
  code: string
}

/** Reads the report; `root` is the scanned folder, to read the code each finding points at. */
export async function readFindings(sarifPath: string, root: string): Promise<Finding[]> {
  const report = sarifReport.parse(JSON.parse(await readFile(sarifPath, 'utf8')))
  const sources = new Map<string, string[]>()
  const linesOf = async (file: string): Promise<string[]> => {
    if (!sources.has(file)) {
      const text = await readFile(join(root, file), 'utf8').catch(() => '')
      sources.set(file, text.split('\n'))
    }
    return sources.get(file)!
  }
  const findings: Finding[] = []
  for (const result of report.runs[0]!.results) {
    const location = result.locations[0]!.physicalLocation
    const file = location.artifactLocation.uri.replace(/\\/g, '/').replace(/^\.\//, '')
    const line = location.region?.startLine ?? 1
    const column = location.region?.startColumn ?? 1
    const text = (await linesOf(file))[line - 1] ?? ''
    // The scanner measures HTML findings on decoded text: take the element's whole line there.
    const length = file.endsWith('.html') ? text.length : location.region?.charLength || 120
    findings.push({
      check: result.ruleId,
      file,
      line,
      column,
      message: result.message.text,
      code: text.slice(column - 1, column - 1 + length).trim(),
    })
  }
  return findings
}
