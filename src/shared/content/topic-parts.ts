/**
 * A module is loaded in two parts. Its first screen (the header, the table of contents and the
 * first sections) comes from a small chunk fetched and checked first; its later sections, its
 * self-check questions and its references follow in a second chunk once that screen is shown.
 * Most of a module's text is below the first screen, so opening it waits for a few kilobytes
 * instead of a few hundred.
 */
import type { Section, Topic } from './model'

/** How many sections the opening part holds in full: what fills the first screen. */
export const OPENING_SECTIONS = 2

/** A section as the table of contents lists it and a deep link finds it, without its text. */
export type SectionOutline = Pick<Section, 'slug' | 'title' | 'subheadings'>

/** A module's first screen: everything but its later sections, its questions and references. */
export interface TopicOpening extends Omit<Topic, 'sections' | 'quiz' | 'references'> {
  /** Every section, text left out: the table of contents and deep links need them all. */
  outline: SectionOutline[]
  /** The first `OPENING_SECTIONS` sections in full. */
  sections: Section[]
}

/** The rest of a module: the sections after the opening ones, its quiz and references. */
export interface TopicRest extends Pick<Topic, 'id' | 'quiz' | 'references'> {
  sections: Section[]
}

/** A module split into the two chunks the build writes. */
export function splitTopic(topic: Topic): { opening: TopicOpening; rest: TopicRest } {
  const { sections, quiz, references, ...details } = topic
  return {
    opening: {
      ...details,
      outline: sections.map(({ slug, title, subheadings }) => ({ slug, title, subheadings })),
      sections: sections.slice(0, OPENING_SECTIONS),
    },
    rest: { id: topic.id, sections: sections.slice(OPENING_SECTIONS), quiz, references },
  }
}

/** The whole module again, from its two parts. */
export function joinTopic(opening: TopicOpening, rest: TopicRest): Topic {
  const { outline: _outline, sections, ...details } = opening
  return {
    ...details,
    sections: [...sections, ...rest.sections],
    quiz: rest.quiz,
    references: rest.references,
  }
}
