import type { RelatedTicket } from '@needle/contract';
import { List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StatusTag } from '../cases/StatusTag';
import { formatTime } from '../i18n/formatTime';
import { RequestTypeTag } from './TicketTags';

/** The same caller's other tickets, the same kind of problem first: a repeated complaint stands out. */
export function RelatedTickets({ related }: { related: RelatedTicket[] }) {
  const { t } = useTranslation();
  if (related.length === 0) {
    return <Typography.Text type="secondary">{t('hotline.noRelated')}</Typography.Text>;
  }
  return (
    <List
      size="small"
      dataSource={related}
      data-testid="related-tickets"
      renderItem={(item) => (
        <List.Item key={item.caseId}>
          <List.Item.Meta
            title={
              <>
                <Link to={`/cases/${item.caseId}`}>{item.code}</Link>{' '}
                <RequestTypeTag type={item.requestType} />
                <StatusTag status={item.status} />
                {item.sameCategory && <Tag color="red">{t('hotline.sameCategory')}</Tag>}
              </>
            }
            description={
              <Typography.Text type="secondary" ellipsis style={{ maxWidth: 480 }}>
                {formatTime(item.createdAt)} {item.description}
              </Typography.Text>
            }
          />
        </List.Item>
      )}
    />
  );
}
