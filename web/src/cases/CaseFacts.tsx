import type { CaseDetail } from '@needle/contract';
import { type DescriptionsProps, Flex, Rate, Tag, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../auth/AuthContext';
import { isPublicOnly } from '../auth/publicOnly';
import { Facts } from '../common/Facts';
import { formatTime } from '../i18n/formatTime';
import { channelLabel } from '../i18n/labels';
import { type CaseContext, unitName } from './caseContext';
import { MasterCaseLink } from './MasterCaseLink';
import { StatusTag } from './StatusTag';
import { TrafficLightDot } from './TrafficLightDot';

function items(
  t: TFunction,
  { case: c, duplicates }: CaseDetail,
  categoryName: string,
  context: CaseContext | null,
): DescriptionsProps['items'] {
  const grid = context?.grid?.region.code === c.gridCode ? context.grid.region.name : null;
  const list: DescriptionsProps['items'] = [
    { key: 'category', label: t('caseDetail.category'), children: categoryName },
    {
      key: 'status',
      label: t('caseDetail.status'),
      children: <StatusTag status={c.status} testId="case-status" />,
    },
    { key: 'light', label: t('caseDetail.light'), children: <TrafficLightDot light={c.light} withText /> },
    { key: 'channel', label: t('caseDetail.channel'), children: channelLabel(t, c.channel) },
    {
      key: 'description',
      label: t('caseDetail.description'),
      span: 'filled',
      children: <span style={{ whiteSpace: 'pre-wrap' }}>{c.description}</span>,
    },
    { key: 'address', label: t('caseDetail.address'), children: c.address || '—' },
    {
      key: 'grid',
      label: t('caseDetail.grid'),
      children: (
        <span data-testid="case-grid">
          {grid ? `${grid} ` : ''}
          <Typography.Text type="secondary">{c.gridCode}</Typography.Text>
        </span>
      ),
    },
    { key: 'unit', label: t('caseDetail.unit'), children: unitName(t, context, c) },
    { key: 'createdAt', label: t('caseDetail.createdAt'), children: formatTime(c.createdAt) },
    { key: 'stepDueAt', label: t('caseDetail.stepDueAt'), children: formatTime(c.stepDueAt) },
    { key: 'dueAt', label: t('caseDetail.dueAt'), children: formatTime(c.dueAt) },
  ];
  // The server masks personal data for everyone but those who call back: shown exactly as served.
  if (c.reporterName)
    list.push({ key: 'reporter', label: t('caseDetail.reporter'), children: c.reporterName });
  if (c.reporterPhone) {
    list.push({
      key: 'phone',
      label: t('caseDetail.reporterPhone'),
      children: <span data-testid="case-phone">{c.reporterPhone}</span>,
    });
  }
  if (c.rating !== null) {
    list.push({ key: 'rating', label: t('caseDetail.rating'), children: <Rate disabled value={c.rating} /> });
  }
  if (c.masterCaseId) {
    list.push({
      key: 'master',
      label: t('caseDetail.master'),
      children: <MasterCaseLink id={c.masterCaseId} />,
    });
  }
  if (duplicates.length > 0) {
    list.push({
      key: 'duplicates',
      label: t('caseDetail.duplicates'),
      children: (
        <Flex wrap gap={8}>
          {duplicates.map((d) => (
            <Link key={d.id} to={`/cases/${d.id}`} data-testid="case-duplicate">
              {d.code}
            </Link>
          ))}
        </Flex>
      ),
    });
  }
  return list;
}

/** Flags worth a glance: an extension waiting, rework, reopening. */
function Flags({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const c = detail.case;
  return (
    <Flex wrap gap={4}>
      {c.extensionRequested && <Tag color="orange">{t('caseDetail.extensionRequested')}</Tag>}
      {c.reworkCount > 0 && <Tag color="volcano">{t('caseDetail.rework', { count: c.reworkCount })}</Tag>}
      {c.reopenCount > 0 && <Tag color="purple">{t('caseDetail.reopened', { count: c.reopenCount })}</Tag>}
    </Flex>
  );
}

interface Props {
  detail: CaseDetail;
  categoryName: string;
  context: CaseContext | null;
}

/** The step clock is the desk's business; the resident is told when the case is due as a whole. */
const DESK_ONLY = new Set(['light', 'stepDueAt']);

export function CaseFacts({ detail, categoryName, context }: Props) {
  const { t } = useTranslation();
  const publicView = isPublicOnly(useMe());
  const shown = items(t, detail, categoryName, context)?.filter(
    (item) => !(publicView && DESK_ONLY.has(String(item.key))),
  );
  return (
    <Flex vertical gap={8}>
      <Flags detail={detail} />
      <Facts items={shown} testId="case-facts" />
    </Flex>
  );
}
