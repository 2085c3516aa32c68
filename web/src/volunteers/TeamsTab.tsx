import { Alert, App, Button, Flex, Input, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { createTeam, type Team } from '../api/volunteers';
import { CommunityFilter } from '../community-lists/CommunityFilter';
import type { Community } from '../community-lists/useKeptCommunities';
import { errorText } from '../i18n/errorText';
import { TeamModal } from './TeamModal';
import { hoursOf, pageQuery } from './volunteerRoles';
import { useTeams, useVolunteersWrite } from './volunteersQueries';

const PAGE_SIZE = 20;

/** 志愿服务队 as staff keep them: paged (a city has thousands), searched by name, formed here. */
export function TeamsTab({ communities }: { communities: Community[] }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [page, setPage] = useState(1);
  const [regionCode, setRegionCode] = useState<string>();
  const [q, setQ] = useState<string>();
  const [creating, setCreating] = useState(false);
  const teams = useTeams(pageQuery(page, PAGE_SIZE, { regionCode, q }));
  const create = useVolunteersWrite(createTeam);
  return (
    <Flex vertical gap={12}>
      <Flex wrap gap={8} justify="space-between">
        <Flex wrap gap={8}>
          <CommunityFilter
            communities={communities}
            value={regionCode}
            onChange={(code) => {
              setRegionCode(code);
              setPage(1);
            }}
          />
          <Input.Search
            allowClear
            placeholder={t('volunteers.teams.search')}
            aria-label={t('volunteers.teams.search')}
            onSearch={(value) => {
              setQ(value.trim() || undefined);
              setPage(1);
            }}
            style={{ width: 200 }}
            data-testid="team-search"
          />
        </Flex>
        <Button type="primary" onClick={() => setCreating(true)} data-testid="team-create">
          {t('volunteers.teams.create')}
        </Button>
      </Flex>
      {teams.error !== null && <Alert type="error" showIcon title={errorText(t, teams.error)} />}
      <Table<Team>
        rowKey="id"
        size="middle"
        loading={teams.isPending}
        dataSource={teams.data?.items ?? []}
        scroll={{ x: 'max-content' }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: teams.data?.total ?? 0,
          showSizeChanger: false,
          onChange: setPage,
        }}
        locale={{ emptyText: t('volunteers.teams.empty') }}
        onRow={(team) =>
          ({
            onClick: () => navigate(`/volunteers/teams/${team.id}`),
            style: { cursor: 'pointer' },
            'data-testid': 'team-row',
          }) as object
        }
        columns={[
          { title: t('volunteers.teams.name'), dataIndex: 'name', width: 220 },
          { title: t('volunteers.teams.region'), dataIndex: 'regionName' },
          { title: t('volunteers.teams.focus'), dataIndex: 'focus' },
          { title: t('volunteers.teams.members'), dataIndex: 'members' },
          {
            title: t('volunteers.teams.leader'),
            dataIndex: 'hasLeader',
            render: (has: boolean) =>
              has ? <Tag color="blue">{t('volunteers.teams.leader')}</Tag> : t('volunteers.teams.noLeader'),
          },
          {
            title: t('volunteers.teams.verifiedHours'),
            dataIndex: 'verifiedMinutes',
            render: (minutes: number) => t('volunteers.hours', { hours: hoursOf(minutes) }),
          },
        ]}
        data-testid="team-table"
      />
      {creating && (
        <TeamModal
          communities={communities}
          mutation={create}
          onCancel={() => setCreating(false)}
          onDone={(team) => {
            setCreating(false);
            message.success(t('volunteers.teams.created'));
            navigate(`/volunteers/teams/${team.id}`);
          }}
        />
      )}
    </Flex>
  );
}
