import MarkdownIt from 'markdown-it'
import type { MarkdownIt as MarkdownItInstance, Token } from 'markdown-it'

/*
 * markdown-it's tokens, made without its class-field helper. The published markdown-it 15 build
 * gives each of a Token's fields its initial value through a generic `_defineProperty(this,
 * name, value)` (a property-key conversion, an `in` test and a keyed store per field, which V8
 * cannot specialise), and a parse makes a token per heading, paragraph, list item, inline run
 * and text piece: at 500 topics that helper was the compile's busiest single function (about
 * 1.2 of the profile's 54 s, more than all of markdown-it's rendering rules together).
 *
 * A `PlainToken` has the same fields, set in the same order to the same values, and
 * markdown-it's own Token prototype, so `instanceof Token`, `attrGet`, `attrSet` and the rest
 * are markdown-it's. The parser states below differ from markdown-it's only in the constructor
 * they call; tests/shared/markdown/plain-token.test.ts holds the tokens and the HTML equal to
 * those of markdown-it's own classes for real content and for any Markdown.
 */

const { Token: MarkdownItToken, StateBlock, StateInline, StateCore } = MarkdownIt

function PlainToken(this: Token, type: string, tag: string, nesting: Token['nesting']) {
  this.map = null
  this.level = 0
  this.children = null
  this.content = ''
  this.markup = ''
  this.info = ''
  this.block = false
  this.hidden = false
  this.type = type
  this.tag = tag
  this.attrs = null
  this.nesting = nesting
  this.meta = null
}
PlainToken.prototype = MarkdownItToken.prototype
const Plain = PlainToken as unknown as typeof MarkdownItToken

/** The core state: rules that make tokens themselves (`new state.Token`) get plain ones. */
class PlainCoreState extends StateCore {
  constructor(...args: ConstructorParameters<typeof StateCore>) {
    super(...args)
    this.Token = Plain
  }
}

/** markdown-it's block state; `push` is markdown-it's own, making a plain token. */
class PlainBlockState extends StateBlock {
  constructor(...args: ConstructorParameters<typeof StateBlock>) {
    super(...args)
    this.Token = Plain
  }

  override push(type: string, tag: string, nesting: Token['nesting']): Token {
    const token = new Plain(type, tag, nesting)
    token.block = true
    if (nesting < 0) this.level--
    token.level = this.level
    if (nesting > 0) this.level++
    this.tokens.push(token)
    return token
  }
}

/** markdown-it's inline state; `push` and `pushPending` are markdown-it's own, making plain tokens. */
class PlainInlineState extends StateInline {
  constructor(...args: ConstructorParameters<typeof StateInline>) {
    super(...args)
    this.Token = Plain
  }

  override pushPending(): Token {
    const token = new Plain('text', '', 0)
    token.content = this.pending
    token.level = this.pendingLevel
    this.tokens.push(token)
    this.pending = ''
    return token
  }

  override push(type: string, tag: string, nesting: Token['nesting']): Token {
    if (this.pending) this.pushPending()
    const token = new Plain(type, tag, nesting)
    let meta: (typeof this.tokens_meta)[number] = undefined
    if (nesting < 0) {
      this.level--
      this.delimiters = this._prev_delimiters.pop()!
    }
    token.level = this.level
    if (nesting > 0) {
      this.level++
      this._prev_delimiters.push(this.delimiters)
      this.delimiters = []
      meta = { delimiters: this.delimiters }
    }
    this.pendingLevel = this.level
    this.tokens.push(token)
    this.tokens_meta.push(meta)
    return token
  }
}

/** Makes `md` build plain tokens (a plugin: `md.use(plainTokens)`). */
export default function plainTokens(md: MarkdownItInstance): void {
  md.core.State = PlainCoreState
  md.block.State = PlainBlockState
  md.inline.State = PlainInlineState
}
