import type { NearbyCase } from '@needle/contract';
import { Button, Card, Flex, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { StatusTag } from '../cases/StatusTag';
import { useCategoryName } from '../categories/useCategoryName';
import { formatTime } from '../i18n/formatTime';

interface Props {
  candidates: NearbyCase[];
  onMeToo(caseId: string): void;
  onReportAnyway(): void;
  onCancel(): void;
}

/** "Me too" (我也遇到了): one case with many followers is handled once, not once per report. */
export function MeTooModal({ candidates, onMeToo, onReportAnyway, onCancel }: Props) {
  const { t } = useTranslation();
  const categoryName = useCategoryName();
  return (
    <Modal
      open
      title={t('report.meTooTitle')}
      onCancel={onCancel}
      footer={
        <Button onClick={onReportAnyway} data-testid="report-anyway">
          {t('report.reportAnyway')}
        </Button>
      }
      data-testid="me-too"
    >
      <Typography.Paragraph>{t('report.meTooHint')}</Typography.Paragraph>
      <Flex vertical gap={8}>
        {candidates.map((candidate) => (
          <Card key={candidate.id} size="small">
            <Flex align="center" justify="space-between" gap={8} wrap>
              <Flex vertical>
                <Typography.Text strong>{categoryName(candidate.categoryCode)}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {candidate.code} · {formatTime(candidate.createdAt)} ·{' '}
                  {t('report.distance', { distance: Math.round(candidate.distanceM) })}
                </Typography.Text>
                <div>
                  <StatusTag status={candidate.status} />
                </div>
              </Flex>
              <Button type="primary" onClick={() => onMeToo(candidate.id)} data-testid="me-too-follow">
                {t('report.meToo')}
              </Button>
            </Flex>
          </Card>
        ))}
      </Flex>
    </Modal>
  );
}
