import { TRUSTED_HTML_POLICY } from '@shared/csp'
import { compiledHtmlProblem } from './compiled-html'
// The build makes Vue import this module first, so this runs before any code can parse.
import './no-eval'

/**
 * The renderer's one Trusted Types policy. The CSP requires Trusted Types for every DOM sink and
 * names only this policy, so HTML reaches the page only through `trustedHtml`: Vue's `v-html`
 * (the build points Vue's own innerHTML path here, see build/csp-plugin.ts) and the handout
 * preview's splitter. It passes only HTML shaped like the content compiler's output and throws
 * on anything else, so an injected string renders nothing instead of running.
 */

// TypeScript's DOM library does not describe Trusted Types yet; this is the part used here.
interface TrustedTypePolicy {
  createHTML(input: string): object
}
interface TrustedTypePolicyFactory {
  createPolicy(name: string, rules: { createHTML(input: string): string }): TrustedTypePolicy
}

/**
 * HTML as the DOM accepts it: a TrustedHTML object where Trusted Types exist (Chromium, so the
 * app), the checked string elsewhere (tests, other browsers). Typed as a string so Vue's and the
 * DOM's typings accept it; it is only ever assigned to innerHTML.
 */
export type SafeHtml = string & { readonly __compiledHtml: true }

function checked(html: string): string {
  const problem = compiledHtmlProblem(html)
  if (problem)
    throw new TypeError(`Refused HTML that was not compiled from the content: ${problem}.`)
  return html
}

const factory = (globalThis as { trustedTypes?: TrustedTypePolicyFactory }).trustedTypes
const policy = factory?.createPolicy(TRUSTED_HTML_POLICY, { createHTML: checked })

// Content is fixed at build time, so the same strings come back on every render: check once.
const made = new Map<string, SafeHtml>()
const MAX_REMEMBERED = 5000

/** `html` as the DOM may take it, or a TypeError when it is not shaped like compiled content. */
export function trustedHtml(html: string): SafeHtml {
  const text = String(html)
  let safe = made.get(text)
  if (!safe) {
    safe = (policy ? policy.createHTML(text) : checked(text)) as SafeHtml
    if (made.size >= MAX_REMEMBERED) made.clear()
    made.set(text, safe)
  }
  return safe
}
