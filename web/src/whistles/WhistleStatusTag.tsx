import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { whistleStatusLabel } from '../i18n/labels';

const colours: Record<string, string> = { open: 'processing', closed: 'success', cancelled: 'default' };

export function WhistleStatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={colours[status] ?? 'default'} data-testid="whistle-status" data-status={status}>
      {whistleStatusLabel(t, status)}
    </Tag>
  );
}
