// markdown-it-container ships no types, and @types/markdown-it-container targets the old
// @types/markdown-it rather than the types markdown-it 15 ships itself.
declare module 'markdown-it-container' {
  import type { MarkdownIt, RendererRule } from 'markdown-it'

  interface ContainerOptions {
    marker?: string
    validate?: (params: string, markup: string) => boolean
    render?: RendererRule
  }

  export default function container(md: MarkdownIt, name: string, options?: ContainerOptions): void
}
