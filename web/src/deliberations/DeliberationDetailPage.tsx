import { Card, Col, Empty, Flex, Row, Timeline, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { DeliberationDetail } from '../api/deliberations';
import { PhotoThumbnails } from '../cases/CasePhotos';
import { DetailPage } from '../common/DetailPage';
import { Facts } from '../common/Facts';
import { NotFound } from '../common/NotFound';
import { PageHeading } from '../common/PageHeading';
import { communityName, useKeptCommunities } from '../community-lists/useKeptCommunities';
import { formatTime } from '../i18n/formatTime';
import { zhCN } from '../i18n/zh-CN';
import { DeliberationCommands } from './DeliberationCommands';
import { DeliberationStateTag } from './DeliberationStateTag';
import { useDeliberation } from './deliberationsQueries';
import { VoteCard } from './VoteCard';

export function DeliberationDetailPage() {
  const id = useParams().id ?? '';
  return (
    <DetailPage query={useDeliberation(id)} notFound={<DeliberationNotFound />} view={DeliberationView} />
  );
}

function DeliberationNotFound() {
  const { t } = useTranslation();
  return (
    <NotFound
      title={t('deliberations.detail.notFound')}
      backTo="/deliberations"
      backText={t('deliberations.detail.back')}
      testId="deliberation-not-found"
    />
  );
}

const text = (value: string) => (
  <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
    {value}
  </Typography.Paragraph>
);

/** One deliberation through its four steps: what was proposed and decided, its meetings, vote and objections. */
function DeliberationView({ detail }: { detail: DeliberationDetail }) {
  const { t } = useTranslation();
  const communities = useKeptCommunities();
  const d = detail.deliberation;
  return (
    <Flex vertical gap={12}>
      <PageHeading
        title={
          <Flex wrap gap={8} align="center">
            <span data-testid="deliberation-heading" style={{ overflowWrap: 'anywhere' }}>
              {d.title}
            </span>
            <DeliberationStateTag state={d.state} />
          </Flex>
        }
      >
        <Link to={`/public/communities/${d.regionCode}/deliberations`} data-testid="deliberation-public-link">
          {t('deliberations.detail.publicBoard')}
        </Link>
      </PageHeading>
      <DeliberationCommands detail={detail} />
      <Facts
        testId="deliberation-facts"
        items={[
          {
            key: 'community',
            label: t('deliberations.detail.community'),
            children: communityName(communities, d.regionCode),
          },
          {
            key: 'proposedAt',
            label: t('deliberations.detail.proposedAt'),
            children: formatTime(d.proposedAt),
          },
          { key: 'proposal', label: t('deliberations.detail.proposal'), children: text(d.proposal) },
          ...(d.needId
            ? [
                {
                  key: 'need',
                  label: t('deliberations.detail.fromNeed'),
                  children: <Link to="/lists?tab=needs">{t('lists.tabs.needs')}</Link>,
                },
              ]
            : []),
          ...(d.minutes
            ? [{ key: 'minutes', label: t('deliberations.detail.minutes'), children: text(d.minutes) }]
            : []),
          ...(d.resolution
            ? [
                {
                  key: 'resolution',
                  label: t('deliberations.detail.resolution'),
                  children: text(d.resolution),
                },
              ]
            : []),
          ...(d.publishedUntil
            ? [
                {
                  key: 'until',
                  label: t('deliberations.detail.publishedUntil'),
                  children: formatTime(d.publishedUntil),
                },
              ]
            : []),
        ]}
      />
      <Row gutter={[12, 12]}>
        <Col xs={24} lg={12}>
          <Flex vertical gap={12}>
            <VoteCard detail={detail} />
            <Meetings detail={detail} />
            <Objections detail={detail} />
          </Flex>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('deliberations.detail.timeline')}>
            <Timeline
              data-testid="deliberation-events"
              items={detail.timeline.map((event, index) => ({
                key: `${event.at}-${index}`,
                color: event.action === 'close' ? 'green' : event.actorId ? 'blue' : 'gray',
                content: (
                  <Flex vertical gap={2} data-testid="deliberation-event" data-action={event.action}>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {formatTime(event.at)}
                      {event.actorId === null && ` · ${t('deliberations.detail.system')}`}
                    </Typography.Text>
                    <Typography.Text strong>{eventLabel(t, event.action)}</Typography.Text>
                    {event.note && text(event.note)}
                  </Flex>
                ),
              }))}
            />
          </Card>
        </Col>
      </Row>
    </Flex>
  );
}

// The server may add steps before the web app knows them: an unknown one shows as sent.
const eventLabel = (t: TFunction, action: string): string =>
  Object.hasOwn(zhCN.deliberations.detail.eventActions, action)
    ? t(`deliberations.detail.eventActions.${action as keyof typeof zhCN.deliberations.detail.eventActions}`)
    : action;

function Meetings({ detail }: { detail: DeliberationDetail }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('deliberations.meeting.title')}>
      {detail.meetings.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('deliberations.meeting.none')} />
      ) : (
        <Flex vertical gap={12} data-testid="deliberation-meetings">
          {detail.meetings.map((m) => (
            <Flex key={m.id} vertical gap={4} data-testid="deliberation-meeting" data-step={m.step}>
              <Flex wrap gap={8} align="center">
                <Typography.Text strong>
                  {t(`deliberations.steps.${m.step as 1 | 2 | 3 | 4}`)}
                </Typography.Text>
                <Typography.Text type="secondary">{formatTime(m.heldAt)}</Typography.Text>
              </Flex>
              <Typography.Text style={{ overflowWrap: 'anywhere' }}>
                {m.place} · {t('deliberations.meeting.count', { count: m.attendees })}
                {m.attendeeRoles && ` · ${m.attendeeRoles}`}
              </Typography.Text>
              {m.note && text(m.note)}
              {m.photoIds.length > 0 && <PhotoThumbnails photoIds={m.photoIds} />}
            </Flex>
          ))}
        </Flex>
      )}
    </Card>
  );
}

/** Objections from residents while published, names masked by the server. */
function Objections({ detail }: { detail: DeliberationDetail }) {
  const { t } = useTranslation();
  if (detail.deliberation.publishedAt === null) return null;
  return (
    <Card size="small" title={t('deliberations.objections.title')}>
      {detail.objections.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('deliberations.objections.none')} />
      ) : (
        <Flex vertical gap={8} data-testid="deliberation-objections">
          {detail.objections.map((o) => (
            <Flex key={o.id} vertical gap={2} data-testid="deliberation-objection">
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {o.name} · {formatTime(o.at)}
              </Typography.Text>
              {text(o.text)}
            </Flex>
          ))}
        </Flex>
      )}
    </Card>
  );
}
