import { Card } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** A record in a phone's list: the whole card is the link, a target no thumb can miss. */
export function LinkCard({ to, testId, children }: { to: string; testId: string; children: ReactNode }) {
  return (
    <Link to={to} data-testid={testId} style={{ display: 'block', color: 'inherit', textDecoration: 'none' }}>
      <Card size="small" hoverable>
        {children}
      </Card>
    </Link>
  );
}
