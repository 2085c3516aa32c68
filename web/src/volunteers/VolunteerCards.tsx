import { Alert, App, Button, Card, Empty, Flex, Input, Pagination, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { joinTeam } from '../api/volunteers';
import { PageSkeleton } from '../common/PageSkeleton';
import { errorText } from '../i18n/errorText';
import { formatTime } from '../i18n/formatTime';
import { hoursOf, pageQuery } from './volunteerRoles';
import { useActivities, useMyHours, useTeams, useVolunteersWrite } from './volunteersQueries';

const PAGE_SIZE = 10;

/** Activities not yet ended, soonest first, as cards a thumb can open: sign-up and scanning are inside. */
export function ActivityCards() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const now = useMemo(() => new Date().toISOString(), []);
  const activities = useActivities(pageQuery(page, PAGE_SIZE, { from: now }));
  if (activities.error !== null)
    return <Alert type="error" showIcon title={errorText(t, activities.error)} />;
  if (!activities.data) return <PageSkeleton rows={4} />;
  if (activities.data.items.length === 0)
    return <Empty description={t('volunteers.activities.empty')} data-testid="activity-cards-empty" />;
  return (
    <Flex vertical gap={8} data-testid="activity-cards">
      {activities.data.items.map((a) => (
        <Link key={a.id} to={`/volunteers/activities/${a.id}`} data-testid="activity-card">
          <Card size="small" hoverable>
            <Flex justify="space-between" gap={8} align="start">
              <Typography.Text strong style={{ minWidth: 0 }} ellipsis>
                {a.title}
              </Typography.Text>
              {a.mine && <Tag color="green">{t('volunteers.activity.signedUp')}</Tag>}
            </Flex>
            <Typography.Paragraph type="secondary" style={{ margin: 0, overflowWrap: 'anywhere' }}>
              {a.teamName} · {a.place}
            </Typography.Paragraph>
            <Typography.Text type="secondary">
              {formatTime(a.startsAt)} ·{' '}
              {t('volunteers.activities.places', { signedUp: a.signedUp, capacity: a.capacity })}
            </Typography.Text>
          </Card>
        </Link>
      ))}
      <Pager page={page} total={activities.data.total} onChange={setPage} />
    </Flex>
  );
}

/** Teams any resident may join, searched by name. */
export function TeamCards() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [page, setPage] = useState(1);
  const [q, setQ] = useState<string>();
  const teams = useTeams(pageQuery(page, PAGE_SIZE, { q }));
  const join = useVolunteersWrite(joinTeam);
  return (
    <Flex vertical gap={8}>
      <Input.Search
        allowClear
        placeholder={t('volunteers.teams.search')}
        aria-label={t('volunteers.teams.search')}
        onSearch={(value) => {
          setQ(value.trim() || undefined);
          setPage(1);
        }}
        data-testid="team-search"
      />
      {(teams.error ?? join.error) !== null && (
        <Alert type="error" showIcon title={errorText(t, teams.error ?? join.error)} />
      )}
      {!teams.data && teams.error === null && <PageSkeleton rows={4} />}
      {teams.data?.items.length === 0 && <Empty description={t('volunteers.teams.empty')} />}
      {teams.data?.items.map((team) => (
        <Card key={team.id} size="small" data-testid="team-card">
          <Flex justify="space-between" gap={8} align="center">
            <Link to={`/volunteers/teams/${team.id}`} style={{ minWidth: 0 }}>
              <Typography.Text strong ellipsis>
                {team.name}
              </Typography.Text>
            </Link>
            {team.joined ? (
              <Tag color="green" style={{ marginInlineEnd: 0 }}>
                {team.leads ? t('volunteers.teams.leads') : t('volunteers.teams.joined')}
              </Tag>
            ) : (
              <Button
                size="small"
                type="primary"
                loading={join.isPending && join.variables === team.id}
                onClick={() =>
                  join.mutate(team.id, { onSuccess: () => message.success(t('volunteers.teams.joined')) })
                }
                data-testid="team-card-join"
              >
                {t('volunteers.teams.join')}
              </Button>
            )}
          </Flex>
          <Typography.Paragraph type="secondary" style={{ margin: 0, overflowWrap: 'anywhere' }}>
            {team.regionName}
            {team.focus ? ` · ${team.focus}` : ''} · {t('volunteers.teams.members')} {team.members}
          </Typography.Paragraph>
        </Card>
      ))}
      {teams.data && <Pager page={page} total={teams.data.total} onChange={setPage} />}
    </Flex>
  );
}

/** The resident's verified hours, in total and activity by activity. */
export function MyHoursList() {
  const { t } = useTranslation();
  const hours = useMyHours();
  if (hours.error !== null) return <Alert type="error" showIcon title={errorText(t, hours.error)} />;
  if (!hours.data) return <PageSkeleton rows={4} />;
  return (
    <Flex vertical gap={8}>
      <Card size="small">
        <Typography.Text type="secondary">{t('volunteers.myHours.total')}</Typography.Text>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="my-hours-total">
          {t('volunteers.hours', { hours: hoursOf(hours.data.verifiedMinutes) })}
        </Typography.Title>
      </Card>
      {hours.data.items.length === 0 && <Empty description={t('volunteers.myHours.empty')} />}
      {hours.data.items.map((item) => (
        <Card key={item.activityId} size="small" data-testid="my-hours-item">
          <Flex justify="space-between" gap={8}>
            <Typography.Text strong ellipsis style={{ minWidth: 0 }}>
              {item.title}
            </Typography.Text>
            <Typography.Text style={{ flexShrink: 0 }}>
              {t('volunteers.hours', { hours: hoursOf(item.minutes) })}
            </Typography.Text>
          </Flex>
          <Typography.Text type="secondary">
            {item.teamName} · {formatTime(item.startsAt)}
          </Typography.Text>
        </Card>
      ))}
    </Flex>
  );
}

function Pager({ page, total, onChange }: { page: number; total: number; onChange(page: number): void }) {
  if (total <= PAGE_SIZE) return null;
  return (
    <Pagination
      simple
      align="center"
      current={page}
      pageSize={PAGE_SIZE}
      total={total}
      onChange={onChange}
      data-testid="cards-pager"
    />
  );
}
