import { Card, Flex, Progress, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PartnerUnit } from '../api/partners';
import { partnerKindLabel } from '../i18n/labels';
import { responseShare } from './responseShare';

/** A 联盟单位 on a phone: its responses against its promise, tinted when below it as its row is. */
export function PartnerCard({ unit }: { unit: PartnerUnit }) {
  const { t } = useTranslation();
  const below = unit.belowMinimum && unit.active;
  return (
    <Card size="small" style={below ? { background: '#fff1f0' } : undefined} data-testid="partner-card">
      <Flex vertical gap={4}>
        <Flex align="center" justify="space-between" gap={8}>
          <Typography.Text strong ellipsis>
            {unit.name}
          </Typography.Text>
          {!unit.active ? (
            <Tag>{t('partners.inactive')}</Tag>
          ) : below ? (
            <Tag color="red" data-testid="partner-below">
              {t('partners.belowMinimum')}
            </Tag>
          ) : (
            <Tag color="green">{t('partners.met')}</Tag>
          )}
        </Flex>
        <Typography.Text type="secondary">{partnerKindLabel(t, unit.kind)}</Typography.Text>
        <Flex align="center" gap={8}>
          <Typography.Text style={{ flexShrink: 0 }} data-testid="partner-responses">
            {unit.responses} / {unit.requiredYearlyResponses}
          </Typography.Text>
          <Progress
            size="small"
            percent={responseShare(unit)}
            status={unit.belowMinimum ? 'exception' : 'success'}
            showInfo={false}
          />
        </Flex>
      </Flex>
    </Card>
  );
}
