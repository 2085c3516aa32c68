import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../i18n/errorText';
import { downloadExport } from './download';

export type ExportKind = 'cases' | 'tickets' | 'rankings' | 'assessment' | 'residents';

interface Props {
  /** Which export: GET /api/exports/<kind>. */
  kind: ExportKind;
  /**
   * The filters, as the list's own query string (page and pageSize are dropped: an export holds every
   * row). Pass the list page's URLSearchParams as they are.
   */
  query: URLSearchParams | string;
  label?: string;
  size?: 'small' | 'middle' | 'large';
  'data-testid'?: string;
}

const PAGING = ['page', 'pageSize'];

/** The path of an export for a list's filters. */
export function exportPath(kind: ExportKind, query: URLSearchParams | string): string {
  const params = new URLSearchParams(query);
  for (const key of PAGING) params.delete(key);
  const text = params.toString();
  return `/api/exports/${kind}${text ? `?${text}` : ''}`;
}

/**
 * 导出 Excel: downloads the list, with the filters it shows, as .xlsx. The case list, the ticket list,
 * the rankings and the monthly assessment each drop one in with their own query.
 */
export function ExportButton({ kind, query, label, size, ...rest }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const name = await downloadExport(exportPath(kind, query));
      message.success(t('dashboards.exported', { name }));
    } catch (error) {
      message.error(t('dashboards.exportFailed', { reason: errorText(t, error) }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      icon={<DownloadOutlined />}
      loading={busy}
      size={size}
      onClick={run}
      data-testid={rest['data-testid'] ?? `export-${kind}`}
    >
      {busy ? t('dashboards.exporting') : (label ?? t('dashboards.export'))}
    </Button>
  );
}
