import type { PointEntry } from '@needle/contract';
import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatTime } from '../i18n/formatTime';
import { pointReasonLabel } from './pointReasonLabel';

/** One movement of the user's points: why, when, for which case, and how many (+ earned, − taken back). */
export function PointEntryCard({ entry }: { entry: PointEntry }) {
  const { t } = useTranslation();
  const earned = entry.amount > 0;
  return (
    <Card size="small" data-testid="points-entry">
      <Flex align="center" justify="space-between" gap={12}>
        <Flex vertical gap={2} style={{ minWidth: 0 }}>
          <Typography.Text strong>{pointReasonLabel(t, entry.reason)}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {formatTime(entry.at)}
          </Typography.Text>
          {entry.caseId && (
            <Link
              to={`/cases/${entry.caseId}`}
              style={{ fontSize: 12, overflowWrap: 'anywhere' }}
              data-testid="points-entry-case"
            >
              {entry.caseCode ?? entry.caseId}
            </Link>
          )}
        </Flex>
        <Typography.Text
          strong
          type={earned ? 'success' : 'danger'}
          style={{ fontSize: 20, whiteSpace: 'nowrap' }}
          data-testid="points-entry-amount"
        >
          {earned ? `+${entry.amount}` : `−${-entry.amount}`}
        </Typography.Text>
      </Flex>
    </Card>
  );
}
