import { Alert, Button, Card, Col, Flex, Result, Row, Spin, Table, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { ApiError } from '../api/client';
import { useMe } from '../auth/AuthContext';
import { errorText } from '../i18n/errorText';
import { PageShell } from '../layout/PageShell';
import { callColumns } from './callColumns';
import { OrderCommands } from './OrderCommands';
import { useWhistle } from './useWhistle';
import { WhistleEvents } from './WhistleEvents';
import { WhistleFacts } from './WhistleFacts';
import { isIssuingOffice } from './whistleRoles';

// As for cases: "outside your jurisdiction" and a malformed id look the same as "does not exist".
const isNotFound = (error: unknown) =>
  error instanceof ApiError && (error.status === 404 || error.code === 'VALIDATION_FAILED');

export function WhistleDetailPage() {
  const { t } = useTranslation();
  const me = useMe();
  const id = useParams().id ?? '';
  const { hash } = useLocation();
  const { whistle, replace } = useWhistle(id);
  const detail = whistle.status === 'ready' ? whistle.data : null;
  const columns = useMemo(
    () => (detail ? callColumns(t, { me, order: detail.order, onDone: replace }) : []),
    [t, me, detail, replace],
  );

  if (whistle.status === 'loading') {
    return (
      <PageShell>
        <Spin style={{ display: 'block', margin: 48 }} />
      </PageShell>
    );
  }
  if (whistle.status === 'failed') {
    return (
      <PageShell>
        {isNotFound(whistle.error) ? (
          <Result
            status="404"
            title={t('whistle.notFoundTitle')}
            extra={
              <Link to="/whistles">
                <Button type="primary">{t('whistle.backToList')}</Button>
              </Link>
            }
            data-testid="whistle-not-found"
          />
        ) : (
          <Alert type="error" showIcon title={errorText(t, whistle.error)} />
        )}
      </PageShell>
    );
  }
  const { order } = whistle.data;
  const commands = order.status === 'open' && isIssuingOffice(me, order);
  return (
    <PageShell>
      <Flex vertical gap={12}>
        <Flex align="center" justify="space-between" wrap gap={8}>
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="whistle-heading">
            {order.code} {order.title}
          </Typography.Title>
          {commands && <OrderCommands detail={whistle.data} onDone={replace} />}
        </Flex>
        <WhistleFacts detail={whistle.data} />
        <Card size="small" title={t('whistle.callsTitle')}>
          <Table
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={whistle.data.calls}
            // A notice links to #call-<id>: the called unit lands on its own row, marked.
            onRow={(call) => ({
              id: `call-${call.id}`,
              style: hash === `#call-${call.id}` ? { background: '#e6f4ff' } : undefined,
            })}
            pagination={false}
            scroll={{ x: 'max-content' }}
            data-testid="call-table"
          />
        </Card>
        <Row>
          <Col xs={24} lg={12}>
            <Card size="small" title={t('whistle.events')}>
              <WhistleEvents events={whistle.data.events} calls={whistle.data.calls} />
            </Card>
          </Col>
        </Row>
      </Flex>
    </PageShell>
  );
}
