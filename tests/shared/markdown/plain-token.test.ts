import { resolve } from 'node:path'
import fc from 'fast-check'
import MarkdownIt from 'markdown-it'
import type { Token } from 'markdown-it'
import { describe, expect, it } from 'vitest'
import { createEnv, createMarkdown } from '@shared/markdown'
import { readContentFiles } from '../../../src/main/content/read-content-files'

/*
 * The app's markdown-it makes its tokens with PlainToken and its own parser states
 * (src/shared/markdown/plain-token.ts) instead of markdown-it's: the tokens, the env the
 * plugins fill and the HTML must be exactly what markdown-it's own classes give, for the real
 * content and for any Markdown.
 */

const plain = createMarkdown()
/** The same configuration with markdown-it's own state classes, hence its own Token. */
const reference = createMarkdown()
reference.core.State = MarkdownIt.StateCore
reference.block.State = MarkdownIt.StateBlock
reference.inline.State = MarkdownIt.StateInline

/** Every token's own fields in their order, children included: what a renderer or a rule sees. */
function shape(tokens: Token[]): unknown[] {
  return tokens.map((token) => ({
    keys: Object.keys(token),
    prototype: Object.getPrototypeOf(token) === MarkdownIt.Token.prototype,
    fields: { ...token, children: token.children && shape(token.children) },
  }))
}

function expectSame(source: string): void {
  const [plainEnv, referenceEnv] = [createEnv(), createEnv()]
  const tokens = plain.parse(source, plainEnv)
  expect(shape(tokens)).toStrictEqual(shape(reference.parse(source, referenceEnv)))
  expect(plainEnv).toStrictEqual(referenceEnv)
  expect(shape(plain.parseInline(source, createEnv()))).toStrictEqual(
    shape(reference.parseInline(source, createEnv())),
  )
  expect(plain.render(source, createEnv())).toBe(reference.render(source, createEnv()))
  expect(plain.renderInline(source, createEnv())).toBe(reference.renderInline(source, createEnv()))
}

describe('plain tokens', () => {
  it('are used by the app’s markdown-it and are markdown-it Tokens', () => {
    expect(plain.block.State).not.toBe(MarkdownIt.StateBlock)
    expect(plain.inline.State).not.toBe(MarkdownIt.StateInline)
    const tokens = plain.parse('# Title\n\nSome *text* and `code`.', createEnv())
    expect(tokens.every((token) => token instanceof MarkdownIt.Token)).toBe(true)
    const heading = tokens[0]!
    heading.attrSet('id', 'x')
    expect(heading.attrGet('id')).toBe('x')
  })

  it('give the same tokens, env and HTML as markdown-it’s own for every real content file', async () => {
    const files = await readContentFiles(resolve(import.meta.dirname, '../../../resources/content'))
    const markdownFiles = files.filter((file) => file.path.endsWith('.md'))
    expect(markdownFiles.length).toBeGreaterThan(50)
    for (const file of markdownFiles) expectSame(file.text)
  })

  it('give the same tokens, env and HTML as markdown-it’s own for any Markdown', () => {
    const piece = fc.constantFrom(
      '# Heading',
      '## Section',
      '### Sub',
      '*em*',
      '**strong**',
      '_a_b_',
      '`code`',
      '[link](https://example.org)',
      '[*em* in a **link**](https://example.org)',
      '[',
      '](#/module/x)',
      '[[module:leg-cramps]]',
      '[@smith2020]',
      '- item',
      '1. first',
      '> quote',
      '| a | b |\n| - | - |\n| 1 | 2 |',
      '::: notes 3\nAsk the room: why?\n:::',
      '::: warning\nCare\n:::',
      '```\nfenced\n```',
      '    indented',
      '---',
      '"quoted" -- (c) ...',
      '<b>html</b>',
      '&amp; &#x41;',
      '\\*escaped\\*',
      'text',
      ' ',
      '\n',
      '\n\n',
      '~~strike~~',
    )
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string()), { maxLength: 30 }), (pieces) => {
        expectSame(pieces.join(''))
      }),
      { numRuns: 300 },
    )
  })
})
