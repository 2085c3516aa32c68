import { Progress, type TableColumnsType, Tag } from 'antd';
import type { TFunction } from 'i18next';
import type { PartnerUnit } from '../api/partners';
import { partnerKindLabel } from '../i18n/labels';
import { responseShare } from './responseShare';

export function partnerColumns(t: TFunction): TableColumnsType<PartnerUnit> {
  return [
    { key: 'name', title: t('partners.name'), dataIndex: 'name' },
    { key: 'kind', title: t('partners.kind'), render: (_, unit) => partnerKindLabel(t, unit.kind) },
    {
      key: 'responses',
      title: t('partners.responses'),
      render: (_, unit) => (
        <span data-testid="partner-responses">
          {unit.responses} / {unit.requiredYearlyResponses}
        </span>
      ),
    },
    {
      key: 'progress',
      title: t('partners.required'),
      render: (_, unit) => (
        <Progress
          size="small"
          style={{ width: 160 }}
          percent={responseShare(unit)}
          status={unit.belowMinimum ? 'exception' : 'success'}
          format={() => String(unit.requiredYearlyResponses)}
        />
      ),
    },
    {
      key: 'standing',
      title: t('partners.standing'),
      render: (_, unit) =>
        !unit.active ? (
          <Tag>{t('partners.inactive')}</Tag>
        ) : unit.belowMinimum ? (
          <Tag color="red" data-testid="partner-below">
            {t('partners.belowMinimum')}
          </Tag>
        ) : (
          <Tag color="green">{t('partners.met')}</Tag>
        ),
    },
  ];
}
