import type { WhistleDetail } from '@needle/contract';
import { Badge, Card, Col, Flex, Row, Table } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { useMe } from '../auth/AuthContext';
import { DetailPage } from '../common/DetailPage';
import { NotFound } from '../common/NotFound';
import { PageHeading } from '../common/PageHeading';
import { useIsPhone } from '../layout/useIsPhone';
import { CallCard } from './CallCard';
import { callColumns } from './callColumns';
import { OrderCommands } from './OrderCommands';
import { WhistleEvents } from './WhistleEvents';
import { WhistleFacts } from './WhistleFacts';
import { useWhistle, useWhistleStream } from './whistleQueries';
import { isIssuingOffice } from './whistleRoles';

export function WhistleDetailPage() {
  const id = useParams().id ?? '';
  const query = useWhistle(id);
  return <DetailPage query={query} notFound={<WhistleNotFound />} view={WhistleView} />;
}

function WhistleNotFound() {
  const { t } = useTranslation();
  return (
    <NotFound
      title={t('whistle.notFoundTitle')}
      backTo="/whistles"
      backText={t('whistle.backToList')}
      testId="whistle-not-found"
    />
  );
}

function WhistleView({ detail }: { detail: WhistleDetail }) {
  const { t } = useTranslation();
  const me = useMe();
  const { hash } = useLocation();
  const { order } = detail;
  const columns = useMemo(() => callColumns(t, { me, order }), [t, me, order]);
  const commands = order.status === 'open' && isIssuingOffice(me, order);
  const phone = useIsPhone();
  // Only an open order still changes: a closed or cancelled one needs no stream.
  const { live } = useWhistleStream(order.status === 'open' ? order.id : '');
  return (
    <Flex vertical gap={12}>
      <PageHeading title={`${order.code} ${order.title}`} testId="whistle-heading">
        {order.status === 'open' && (
          <Badge
            status={live ? 'processing' : 'default'}
            text={live ? t('whistle.live') : t('whistle.offline')}
            data-testid="whistle-live"
            data-live={live}
          />
        )}
        {commands && <OrderCommands orderId={order.id} />}
      </PageHeading>
      <WhistleFacts detail={detail} />
      <Card size="small" title={t('whistle.callsTitle')}>
        {phone ? (
          // On a phone each called unit is a card: the table's seven columns would scroll sideways.
          <Flex vertical gap={8} data-testid="call-cards">
            {detail.calls.map((call) => (
              <CallCard
                key={call.id}
                me={me}
                order={order}
                call={call}
                marked={hash === `#call-${call.id}`}
              />
            ))}
          </Flex>
        ) : (
          <Table
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={detail.calls}
            // A notice links to #call-<id>: the called unit lands on its own row, marked.
            onRow={(call) => ({
              id: `call-${call.id}`,
              style: hash === `#call-${call.id}` ? { background: '#e6f4ff' } : undefined,
            })}
            pagination={false}
            scroll={{ x: 'max-content' }}
            data-testid="call-table"
          />
        )}
      </Card>
      <Row>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('whistle.events')}>
            <WhistleEvents events={detail.events} calls={detail.calls} />
          </Card>
        </Col>
      </Row>
    </Flex>
  );
}
