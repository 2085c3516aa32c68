import type { Urgency } from '@needle/contract';
import { useQuery } from '@tanstack/react-query';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { queryKeys } from '../api/queryKeys';
import { formatTime } from '../i18n/formatTime';
import { fetchDueDates } from './callConsoleApi';

/** While the call lasts "now" moves: the due dates are asked again each minute. */
const REFRESH_MS = 60_000;

/** The due date the chosen urgency sets, on the working calendar, as the server will set it. */
export function CallDueAt({ urgency }: { urgency: Urgency | undefined }) {
  const { t } = useTranslation();
  const due = useQuery({
    queryKey: queryKeys.tickets.dueDates,
    queryFn: ({ signal }) => fetchDueDates(signal),
    refetchInterval: REFRESH_MS,
  });
  const at = urgency ? due.data?.dueAt[urgency] : undefined;
  if (!at) return null;
  return (
    <Typography.Text
      type="danger"
      strong
      data-testid="call-due-at"
      data-due-at={at}
      title={t('callConsole.dueHint')}
    >
      {t('callConsole.dueAt', { time: formatTime(at) })}
    </Typography.Text>
  );
}
