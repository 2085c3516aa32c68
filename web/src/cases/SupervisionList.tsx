import type { Supervision } from '@needle/contract';
import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../i18n/formatTime';

// 督办 notes with the unit's answers beneath them; an unanswered note says so.
export function SupervisionList({ supervisions }: { supervisions: Supervision[] }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={8} data-testid="supervisions">
      {supervisions.map((s) => (
        <Card key={s.id} size="small">
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {formatTime(s.at)}
          </Typography.Text>
          <Typography.Paragraph style={{ margin: '4px 0', whiteSpace: 'pre-wrap' }}>
            {s.note}
          </Typography.Paragraph>
          {s.reply !== null ? (
            <div style={{ borderInlineStart: '3px solid #d9d9d9', paddingInlineStart: 8 }}>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('caseDetail.supervisionReply')} · {formatTime(s.repliedAt)}
              </Typography.Text>
              <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
                {s.reply}
              </Typography.Paragraph>
            </div>
          ) : (
            <Typography.Text type="warning">{t('caseDetail.awaitingReply')}</Typography.Text>
          )}
        </Card>
      ))}
    </Flex>
  );
}
