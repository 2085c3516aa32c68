import type { KeyboardEvent } from 'react';

/** Ctrl+Enter (⌘+Enter on a Mac) saves from any field: the operator's hands stay on the keys. */
export const isSaveShortcut = (event: KeyboardEvent) =>
  event.key === 'Enter' && (event.ctrlKey || event.metaKey);
