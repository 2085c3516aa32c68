import { Alert, Card, Empty, Flex, Layout, Progress, Skeleton, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { PublicProjects } from '../api/communityLists';
import { isNotFound } from '../api/isNotFound';
import { errorText } from '../i18n/errorText';
import { formatTime } from '../i18n/formatTime';
import { roleLabel } from '../i18n/labels';
import { usePublicProjects } from './listsQueries';
import { ProjectStateTag } from './ProjectStateTag';

type PublicProject = PublicProjects['projects'][number];

/**
 * A community's projects for its residents, without signing in: what each is, where it stands, who
 * carries it out (a unit, or the community as a role) and its milestones with how many photos — no
 * names, phones or photos, which stay with staff.
 */
export function PublicProjectsPage() {
  const { t } = useTranslation();
  const code = useParams().code ?? '';
  const query = usePublicProjects(code);
  let body: ReactNode;
  if (query.error !== null)
    body = (
      <Alert
        type={isNotFound(query.error) ? 'warning' : 'error'}
        showIcon
        title={isNotFound(query.error) ? t('lists.public.notFound') : errorText(t, query.error)}
        data-testid="public-projects-error"
      />
    );
  else if (!query.data) body = <Skeleton active />;
  else
    body = (
      <Flex vertical gap={12}>
        <Flex vertical gap={2}>
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="public-projects-heading">
            {t('lists.public.title', { name: query.data.community.name })}
          </Typography.Title>
          <Typography.Text type="secondary">{t('lists.public.subtitle')}</Typography.Text>
        </Flex>
        {query.data.projects.length === 0 ? (
          <Empty description={t('lists.public.empty')} />
        ) : (
          query.data.projects.map((project) => (
            <PublicProjectCard
              key={`${project.year}-${project.title}-${project.claimDeadline}`}
              project={project}
            />
          ))
        )}
      </Flex>
    );
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Content style={{ padding: 12 }}>
        <div style={{ maxWidth: 720, margin: '0 auto' }}>{body}</div>
      </Layout.Content>
    </Layout>
  );
}

function PublicProjectCard({ project }: { project: PublicProject }) {
  const { t } = useTranslation();
  const done = project.milestones.filter((m) => m.doneAt).length;
  const total = project.milestones.length;
  // Unclaimed and past draft and claim, the community carries it out itself (兜底).
  const carrier = project.partnerUnitName
    ? t('lists.public.partnerUnit', { name: project.partnerUnitName })
    : ['fallen_to_community', 'in_progress', 'closed_out'].includes(project.state)
      ? t('lists.public.byCommunity')
      : null;
  return (
    <Card size="small" data-testid="public-project" data-state={project.state}>
      <Flex vertical gap={6}>
        <Flex wrap gap={8} align="center" justify="space-between">
          <Typography.Text strong data-testid="public-project-title">
            {project.title}
          </Typography.Text>
          <ProjectStateTag state={project.state} />
        </Flex>
        <Flex wrap gap={6}>
          <Tag>{project.year}</Tag>
          <Tag>{t('lists.projects.budgetValue', { amount: project.budgetYuan.toLocaleString() })}</Tag>
          <Tag>{t('lists.public.households', { count: project.households })}</Tag>
        </Flex>
        {carrier && <Typography.Text type="secondary">{carrier}</Typography.Text>}
        <Typography.Text type="secondary">
          {t('lists.public.ownerRole', { role: roleLabel(t, project.ownerRole) })} ·{' '}
          {t('lists.projects.dueDate')} {project.dueDate}
        </Typography.Text>
        {total > 0 && (
          <>
            <Progress percent={Math.round((done / total) * 100)} size="small" />
            <Flex vertical gap={2}>
              {project.milestones.map((m) => (
                <Typography.Text key={`${m.title}-${m.dueDate}`} style={{ fontSize: 13 }}>
                  {m.doneAt ? '✓' : '○'} {m.title} · {m.dueDate}
                  {m.photoCount > 0 && ` · ${t('lists.public.milestonePhotos', { count: m.photoCount })}`}
                </Typography.Text>
              ))}
            </Flex>
          </>
        )}
        {project.closedAt && (
          <Typography.Text type="success" data-testid="public-project-closed">
            {t('lists.public.closedAt', { time: formatTime(project.closedAt) })}
          </Typography.Text>
        )}
      </Flex>
    </Card>
  );
}
