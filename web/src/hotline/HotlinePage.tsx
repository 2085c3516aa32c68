import { Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMe } from '../auth/AuthContext';
import { can } from '../auth/can';
import { PageShell } from '../layout/PageShell';
import { TakeCallCard } from './TakeCallCard';
import { TicketTable } from './TicketTable';

/**
 * The 12345 console: an operator takes the call in progress above the list of tickets, each across the
 * whole width (the table's columns need it at 1440 px); the units and the centre that only follow
 * tickets see the list alone.
 */
export function HotlinePage() {
  const { t } = useTranslation();
  const takesCalls = can(useMe(), 'hotline:take');
  return (
    <PageShell maxWidth={1440}>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t('hotline.title')}
      </Typography.Title>
      <Row gutter={[12, 12]}>
        {takesCalls && (
          <Col span={24}>
            <TakeCallCard />
          </Col>
        )}
        <Col span={24}>
          <TicketTable />
        </Col>
      </Row>
    </PageShell>
  );
}
