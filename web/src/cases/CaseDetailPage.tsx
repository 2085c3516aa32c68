import type { CaseDetail } from '@needle/contract';
import { Card, Col, Flex, Row, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useMe } from '../auth/AuthContext';
import { can } from '../auth/can';
import { useCategoryName } from '../categories/useCategoryName';
import { DetailPage } from '../common/DetailPage';
import { TicketCard } from '../hotline/TicketCard';
import { EscalateButton } from '../whistles/EscalateButton';
import { CaseActions } from './CaseActions';
import { CaseFacts } from './CaseFacts';
import { CaseFieldTies } from './CaseFieldTies';
import { CaseNotFound } from './CaseNotFound';
import { CasePhotos } from './CasePhotos';
import { CasePointMap } from './CasePointMap';
import { CaseTimeline } from './CaseTimeline';
import { useCaseContext } from './caseContext';
import { useCaseDetail } from './caseQueries';
import { SupervisionList } from './SupervisionList';
import { useUnitOptions } from './useUnitOptions';

export function CaseDetailPage() {
  const query = useCaseDetail(useParams().id ?? '');
  return <DetailPage query={query} notFound={<CaseNotFound />} view={CaseView} />;
}

function CaseView({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const me = useMe();
  const c = detail.case;
  const context = useCaseContext(c.gridCode, me.permissions.includes('departments:read'));
  const unitOptions = useUnitOptions(c, context);
  const categoryName = useCategoryName();
  const photoIds = useMemo(() => detail.timeline.flatMap((event) => event.photoIds), [detail]);
  return (
    <Flex vertical gap={12}>
      <Typography.Title level={4} style={{ margin: 0 }} copyable={{ text: c.code }} data-testid="case-code">
        {c.code}
      </Typography.Title>
      <Card size="small" title={t('caseDetail.actions')}>
        <Flex vertical gap={8}>
          <CaseActions detail={detail} unitOptions={unitOptions} />
          <EscalateButton caseId={c.id} status={c.status} />
        </Flex>
      </Card>
      {c.channel === 'hotline' && can(me, 'hotline:read') && <TicketCard caseId={c.id} />}
      <Row gutter={[12, 12]}>
        <Col xs={24} lg={14}>
          <Flex vertical gap={12}>
            <CaseFacts detail={detail} categoryName={categoryName(c.categoryCode)} context={context} />
            <CaseFieldTies caseId={c.id} />
            <CasePointMap lat={c.lat} lng={c.lng} grid={context?.grid?.region ?? null} />
            <Card size="small" title={t('caseDetail.photos')} data-testid="case-photos">
              <CasePhotos photoIds={photoIds} />
            </Card>
          </Flex>
        </Col>
        <Col xs={24} lg={10}>
          <Flex vertical gap={12}>
            <Card size="small" title={t('caseDetail.timeline')}>
              <CaseTimeline events={detail.timeline} />
            </Card>
            {detail.supervisions.length > 0 && (
              <Card size="small" title={t('caseDetail.supervisions')}>
                <SupervisionList supervisions={detail.supervisions} />
              </Card>
            )}
          </Flex>
        </Col>
      </Row>
    </Flex>
  );
}
