import type { KeyboardEvent, ReactNode } from 'react';

const tabbable =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** The first element after the range that Tab would reach, skipping what is not drawn. */
function nextAfter(range: HTMLElement): HTMLElement | null {
  for (const element of document.querySelectorAll<HTMLElement>(tabbable)) {
    const after = range.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING;
    if (after && !range.contains(element) && element.getClientRects().length > 0) return element;
  }
  return null;
}

/**
 * Lets Tab leave antd's RangePicker: with no date picked, its own Tab handling puts the focus back in
 * the start date for ever (a keyboard trap). Here Tab moves on past the picker, as past any one field
 * (Enter after a typed start date still moves to the end date), and Shift+Tab is the browser's own.
 */
function leaveOnTab(event: KeyboardEvent<HTMLElement>): void {
  if (event.key !== 'Tab' || !(event.target instanceof HTMLInputElement)) return;
  event.stopPropagation();
  if (event.shiftKey) return;
  const next = nextAfter(event.currentTarget);
  if (!next) return;
  event.preventDefault();
  next.focus();
}

export function TabLeavesRange({ children }: { children: ReactNode }) {
  // No box of its own: the picker stays a child of the filter bar's flex row.
  return (
    <span style={{ display: 'contents' }} onKeyDownCapture={leaveOnTab}>
      {children}
    </span>
  );
}
