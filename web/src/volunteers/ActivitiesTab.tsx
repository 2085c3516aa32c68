import { Alert, App, Button, Checkbox, Flex, Table } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { type Activity, createActivity } from '../api/volunteers';
import { CommunityFilter } from '../community-lists/CommunityFilter';
import type { Community } from '../community-lists/useKeptCommunities';
import { errorText } from '../i18n/errorText';
import { formatTime } from '../i18n/formatTime';
import { ActivityModal } from './ActivityModal';
import { pageQuery } from './volunteerRoles';
import { useActivities, useVolunteersWrite } from './volunteersQueries';

const PAGE_SIZE = 20;

/** Activities of the staff member's area, soonest first; staff post new ones here. */
export function ActivitiesTab({ communities }: { communities: Community[] }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [page, setPage] = useState(1);
  const [regionCode, setRegionCode] = useState<string>();
  const [upcoming, setUpcoming] = useState(true);
  const [creating, setCreating] = useState(false);
  // Fixed while the tab is open, so the query key does not change every render.
  const now = useMemo(() => new Date().toISOString(), []);
  const activities = useActivities(
    pageQuery(page, PAGE_SIZE, { regionCode, from: upcoming ? now : undefined }),
  );
  const create = useVolunteersWrite(createActivity);
  return (
    <Flex vertical gap={12}>
      <Flex wrap gap={8} justify="space-between" align="center">
        <Flex wrap gap={8} align="center">
          <CommunityFilter
            communities={communities}
            value={regionCode}
            onChange={(code) => {
              setRegionCode(code);
              setPage(1);
            }}
          />
          <Checkbox
            checked={upcoming}
            onChange={(e) => {
              setUpcoming(e.target.checked);
              setPage(1);
            }}
            data-testid="activity-upcoming"
          >
            {t('volunteers.activities.upcomingOnly')}
          </Checkbox>
        </Flex>
        <Button type="primary" onClick={() => setCreating(true)} data-testid="activity-create">
          {t('volunteers.activities.create')}
        </Button>
      </Flex>
      {activities.error !== null && <Alert type="error" showIcon title={errorText(t, activities.error)} />}
      <Table<Activity>
        rowKey="id"
        size="middle"
        loading={activities.isPending}
        dataSource={activities.data?.items ?? []}
        scroll={{ x: 'max-content' }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: activities.data?.total ?? 0,
          showSizeChanger: false,
          onChange: setPage,
        }}
        locale={{ emptyText: t('volunteers.activities.empty') }}
        onRow={(activity) =>
          ({
            onClick: () => navigate(`/volunteers/activities/${activity.id}`),
            style: { cursor: 'pointer' },
            'data-testid': 'activity-row',
          }) as object
        }
        columns={[
          { title: t('volunteers.activities.title'), dataIndex: 'title', width: 200 },
          { title: t('volunteers.activities.team'), dataIndex: 'teamName' },
          { title: t('volunteers.activities.place'), dataIndex: 'place' },
          {
            title: t('volunteers.activities.time'),
            key: 'time',
            render: (_, a) => `${formatTime(a.startsAt)} – ${formatTime(a.endsAt).slice(-5)}`,
          },
          {
            title: t('volunteers.activities.capacity'),
            key: 'places',
            render: (_, a) =>
              t('volunteers.activities.places', { signedUp: a.signedUp, capacity: a.capacity }),
          },
        ]}
        data-testid="activity-table"
      />
      {creating && (
        <ActivityModal
          mutation={create}
          onCancel={() => setCreating(false)}
          onDone={(activity) => {
            setCreating(false);
            message.success(t('volunteers.activities.created'));
            navigate(`/volunteers/activities/${activity.id}`);
          }}
        />
      )}
    </Flex>
  );
}
