import { defineStore } from 'pinia'
import { ref } from 'vue'

/** Which topic's handout panel is open (one panel for the whole app). */
export const useHandoutPanelStore = defineStore('handout-panel', () => {
  const topicId = ref<string | null>(null)
  /** Where focus returns when the panel closes, as a dialog should. */
  let opener: HTMLElement | null = null

  function open(id: string): void {
    opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    topicId.value = id
  }

  function close(): void {
    topicId.value = null
    opener?.focus()
    opener = null
  }

  return { topicId, open, close }
})
