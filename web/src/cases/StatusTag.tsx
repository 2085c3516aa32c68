import { type CaseStatus, isCaseStatus } from '@needle/contract';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { statusLabel } from '../i18n/labels';

// Warm colours wait on someone at the front of the loop, blues are with a unit, greens are done.
const colours: Record<CaseStatus, string> = {
  reported: 'gold',
  verified: 'lime',
  registered: 'cyan',
  filed: 'blue',
  dispatched: 'geekblue',
  in_progress: 'processing',
  returned: 'volcano',
  suspended: 'purple',
  handled: 'green',
  checked: 'success',
  closed: 'default',
  rejected: 'red',
  voided: 'default',
};

const colourOf = (status: string): string => (isCaseStatus(status) ? colours[status] : 'default');

export function StatusTag({ status, testId }: { status: string; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={colourOf(status)} data-testid={testId} data-status={status}>
      {statusLabel(t, status)}
    </Tag>
  );
}
