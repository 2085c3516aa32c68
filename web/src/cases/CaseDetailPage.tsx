import { Alert, Card, Col, Flex, Row, Spin, Typography } from 'antd';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { fetchCase } from '../api/cases';
import { ApiError } from '../api/client';
import { useResource } from '../api/useResource';
import { useMe } from '../auth/AuthContext';
import { can } from '../auth/can';
import { useCategoryName } from '../categories/useCategoryName';
import { TicketCard } from '../hotline/TicketCard';
import { errorText } from '../i18n/errorText';
import { PageShell } from '../layout/PageShell';
import { EscalateButton } from '../whistles/EscalateButton';
import { CaseActions } from './CaseActions';
import { CaseFacts } from './CaseFacts';
import { CaseNotFound } from './CaseNotFound';
import { CasePhotos } from './CasePhotos';
import { CasePointMap } from './CasePointMap';
import { CaseTimeline } from './CaseTimeline';
import { loadCaseContext } from './caseContext';
import { SupervisionList } from './SupervisionList';
import { useCaseDetail } from './useCaseDetail';
import { useUnitOptions } from './useUnitOptions';

// A malformed id in a typed URL (400) is, to the person typing it, just as much not there.
const isNotFound = (error: unknown) =>
  error instanceof ApiError && (error.status === 404 || error.code === 'VALIDATION_FAILED');

export function CaseDetailPage() {
  const { t } = useTranslation();
  const id = useParams().id ?? '';
  const { detail, replace } = useCaseDetail(id);
  const shown = detail.status === 'ready' ? detail.data : null;
  const gridCode = shown?.case.gridCode ?? null;
  const me = useMe();
  const canListDepartments = me.permissions.includes('departments:read');
  // A ticket step (签收, 回访…) adds to the timeline without moving the case: fetch the case again.
  // The step itself succeeded; a failed refresh only leaves the timeline one event behind.
  const reload = useCallback(() => {
    fetchCase(id).then(replace, () => {});
  }, [id, replace]);
  const loadContext = useMemo(
    () => (gridCode ? (signal: AbortSignal) => loadCaseContext(gridCode, canListDepartments, signal) : null),
    [gridCode, canListDepartments],
  );
  const context = useResource(loadContext);
  const ready = context.status === 'ready' ? context.data : null;
  const unitOptions = useUnitOptions(shown?.case ?? null, ready);
  const categoryName = useCategoryName();
  const photoIds = useMemo(() => shown?.timeline.flatMap((event) => event.photoIds) ?? [], [shown]);

  if (detail.status === 'loading') {
    return (
      <PageShell>
        <Spin style={{ display: 'block', margin: 48 }} />
      </PageShell>
    );
  }
  if (detail.status === 'failed') {
    return (
      <PageShell>
        {isNotFound(detail.error) ? (
          <CaseNotFound />
        ) : (
          <Alert type="error" showIcon title={errorText(t, detail.error)} />
        )}
      </PageShell>
    );
  }
  const { data } = detail;
  const c = data.case;
  return (
    <PageShell>
      <Flex vertical gap={12}>
        <Typography.Title level={4} style={{ margin: 0 }} copyable={{ text: c.code }} data-testid="case-code">
          {c.code}
        </Typography.Title>
        <Card size="small" title={t('caseDetail.actions')}>
          <Flex vertical gap={8}>
            <CaseActions detail={data} unitOptions={unitOptions} onDone={replace} />
            <EscalateButton caseId={c.id} status={c.status} />
          </Flex>
        </Card>
        {c.channel === 'hotline' && can(me, 'hotline:read') && (
          <TicketCard caseId={c.id} caseStatus={c.status} onStep={reload} />
        )}
        <Row gutter={[12, 12]}>
          <Col xs={24} lg={14}>
            <Flex vertical gap={12}>
              <CaseFacts detail={data} categoryName={categoryName(c.categoryCode)} context={ready} />
              <CasePointMap lat={c.lat} lng={c.lng} grid={ready?.grid?.region ?? null} />
              <Card size="small" title={t('caseDetail.photos')} data-testid="case-photos">
                <CasePhotos photoIds={photoIds} />
              </Card>
            </Flex>
          </Col>
          <Col xs={24} lg={10}>
            <Flex vertical gap={12}>
              <Card size="small" title={t('caseDetail.timeline')}>
                <CaseTimeline events={data.timeline} />
              </Card>
              {data.supervisions.length > 0 && (
                <Card size="small" title={t('caseDetail.supervisions')}>
                  <SupervisionList supervisions={data.supervisions} />
                </Card>
              )}
            </Flex>
          </Col>
        </Row>
      </Flex>
    </PageShell>
  );
}
