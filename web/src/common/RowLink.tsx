import type { ReactNode } from 'react';
import { Link } from 'react-router';

/**
 * The code in a list row, as a real link too: open in a new tab, and keyboard users reach the record
 * without the row click (which the link keeps to itself).
 */
export function RowLink({ to, testId, children }: { to: string; testId: string; children: ReactNode }) {
  return (
    <Link to={to} data-testid={testId} onClick={(event) => event.stopPropagation()}>
      {children}
    </Link>
  );
}
