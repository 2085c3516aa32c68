import { App, Button, Card, Col, Empty, Flex, Row, Tag, Timeline, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { completeMilestone, type ProjectDetail } from '../api/communityLists';
import { PhotoThumbnails } from '../cases/CasePhotos';
import { DetailPage } from '../common/DetailPage';
import { Facts } from '../common/Facts';
import { NotFound } from '../common/NotFound';
import { PageHeading } from '../common/PageHeading';
import { formatTime } from '../i18n/formatTime';
import { zhCN } from '../i18n/zh-CN';
import { useListsWrite, useProject } from './listsQueries';
import { PhotoStepModal } from './PhotoStepModal';
import { ProjectCommands } from './ProjectCommands';
import { ProjectStateTag } from './ProjectStateTag';
import { communityName, useKeptCommunities } from './useKeptCommunities';

export function ProjectDetailPage() {
  const id = useParams().id ?? '';
  return <DetailPage query={useProject(id)} notFound={<ProjectNotFound />} view={ProjectView} />;
}

function ProjectNotFound() {
  const { t } = useTranslation();
  return (
    <NotFound
      title={t('lists.project.notFound')}
      backTo="/lists?tab=projects"
      backText={t('lists.project.back')}
      testId="project-not-found"
    />
  );
}

function ProjectView({ detail }: { detail: ProjectDetail }) {
  const { t } = useTranslation();
  const communities = useKeptCommunities();
  const partner = detail.claim?.partnerUnitName ?? (detail.fallenAt ? t('lists.projects.fallen') : '—');
  return (
    <Flex vertical gap={12}>
      <PageHeading
        title={
          <Flex wrap gap={8} align="center">
            <span data-testid="project-heading">{detail.title}</span>
            <ProjectStateTag state={detail.state} />
          </Flex>
        }
      >
        <Flex wrap gap={8}>
          <Link to={`/public/communities/${detail.regionCode}/projects`} data-testid="project-public-link">
            {t('lists.project.publicPage')}
          </Link>
        </Flex>
      </PageHeading>
      <ProjectCommands project={detail} />
      <Facts
        testId="project-facts"
        items={[
          {
            key: 'community',
            label: t('lists.community'),
            children: communityName(communities, detail.regionCode),
          },
          { key: 'year', label: t('lists.projects.year'), children: detail.year },
          {
            key: 'budget',
            label: t('lists.projects.budget'),
            children: t('lists.projects.budgetValue', { amount: detail.budgetYuan.toLocaleString() }),
          },
          { key: 'due', label: t('lists.projects.dueDate'), children: detail.dueDate },
          {
            key: 'deadline',
            label: t('lists.projects.claimDeadline'),
            children: formatTime(detail.claimDeadline),
          },
          {
            key: 'partner',
            label: t('lists.projects.partnerUnit'),
            children: <span data-testid="project-partner">{partner}</span>,
          },
          ...(detail.claim
            ? [{ key: 'claimNote', label: t('lists.project.claimNote'), children: detail.claim.note }]
            : []),
          ...(detail.closedAt
            ? [{ key: 'closed', label: t('lists.project.closedAt'), children: formatTime(detail.closedAt) }]
            : []),
          ...(detail.description
            ? [{ key: 'description', label: t('lists.projects.description'), children: detail.description }]
            : []),
        ]}
      />
      <Row gutter={[12, 12]}>
        <Col xs={24} lg={12}>
          <Flex vertical gap={12}>
            <Milestones project={detail} />
            <Card size="small" title={t('lists.project.evidence')} data-testid="project-evidence-card">
              {detail.evidence ? (
                <Flex vertical gap={8}>
                  <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
                    {detail.evidence.note}
                  </Typography.Paragraph>
                  <PhotoThumbnails photoIds={detail.evidence.photoIds} />
                </Flex>
              ) : (
                <Typography.Text type="secondary">{t('lists.project.noEvidence')}</Typography.Text>
              )}
            </Card>
          </Flex>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('lists.project.events')}>
            <Timeline
              data-testid="project-events"
              items={detail.events.map((event, index) => ({
                key: `${event.at}-${index}`,
                color: event.action === 'sign_off' ? 'green' : event.actorId ? 'blue' : 'gray',
                content: (
                  <Flex vertical gap={2} data-testid="project-event" data-action={event.action}>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {formatTime(event.at)}
                      {event.actorId === null && ` · ${t('lists.project.system')}`}
                    </Typography.Text>
                    <Typography.Text strong>{eventLabel(t, event.action)}</Typography.Text>
                    {event.note && (
                      <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
                        {event.note}
                      </Typography.Paragraph>
                    )}
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
  Object.hasOwn(zhCN.lists.project.eventActions, action)
    ? t(`lists.project.eventActions.${action as keyof typeof zhCN.lists.project.eventActions}`)
    : action;

/** The project's milestones, each done with the photos that show it. */
function Milestones({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [completing, setCompleting] = useState<string | null>(null);
  const complete = useListsWrite((input: { note: string; photoIds: string[] }) =>
    completeMilestone(project.id, completing ?? '', {
      photoIds: input.photoIds,
      ...(input.note ? { note: input.note } : {}),
    }),
  );
  return (
    <Card size="small" title={t('lists.project.milestones')}>
      {project.milestones.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('lists.project.noMilestones')} />
      ) : (
        <Flex vertical gap={12} data-testid="project-milestones">
          {project.milestones.map((m) => (
            <Flex key={m.id} vertical gap={6} data-testid="project-milestone" data-done={m.doneAt !== null}>
              <Flex wrap gap={8} align="center" justify="space-between">
                <Flex wrap gap={8} align="center">
                  <Typography.Text strong>{m.title}</Typography.Text>
                  <Typography.Text type="secondary">{m.dueDate}</Typography.Text>
                  <Tag color={m.doneAt ? 'green' : 'default'}>
                    {m.doneAt ? t('lists.project.milestoneDone') : t('lists.project.milestonePending')}
                  </Tag>
                </Flex>
                {!m.doneAt && project.state === 'in_progress' && (
                  <Button size="small" onClick={() => setCompleting(m.id)} data-testid="milestone-complete">
                    {t('lists.project.commands.complete')}
                  </Button>
                )}
              </Flex>
              {m.doneAt && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatTime(m.doneAt)} {m.note}
                </Typography.Text>
              )}
              {m.photoIds.length > 0 && <PhotoThumbnails photoIds={m.photoIds} />}
            </Flex>
          ))}
        </Flex>
      )}
      {completing && (
        <PhotoStepModal
          title={t('lists.project.commands.complete')}
          noteLabel={t('lists.project.milestone.note')}
          photosLabel={t('lists.project.milestone.photos')}
          testId="milestone-done"
          mutation={complete}
          onCancel={() => setCompleting(null)}
          onDone={() => {
            message.success(t('lists.project.done', { action: t('lists.project.commands.complete') }));
            setCompleting(null);
          }}
        />
      )}
    </Card>
  );
}
