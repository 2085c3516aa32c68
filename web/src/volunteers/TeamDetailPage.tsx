import { Alert, App, Button, Card, Flex, Form, Input, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { addTeamMember, joinTeam, setTeamLeader, type TeamDetail } from '../api/volunteers';
import { useMe } from '../auth/AuthContext';
import { DetailPage } from '../common/DetailPage';
import { Facts } from '../common/Facts';
import { NotFound } from '../common/NotFound';
import { PageHeading } from '../common/PageHeading';
import { errorText } from '../i18n/errorText';
import { formatTime } from '../i18n/formatTime';
import { hoursOf, keepsVolunteers } from './volunteerRoles';
import { useTeam, useVolunteersWrite } from './volunteersQueries';

type Member = TeamDetail['memberList'][number];

/** A team: what it does and its hours; residents join it, staff add members by number and name the leader. */
export function TeamDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  return (
    <DetailPage
      query={useTeam(id)}
      notFound={
        <NotFound
          title={t('volunteers.team.notFound')}
          backTo="/volunteers"
          backText={t('volunteers.team.back')}
          testId="team-not-found"
        />
      }
      view={TeamView}
    />
  );
}

function TeamView({ detail: team }: { detail: TeamDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useMe();
  const staff = keepsVolunteers(me);
  const join = useVolunteersWrite(() => joinTeam(team.id));
  const add = useVolunteersWrite((phone: string) => addTeamMember(team.id, phone));
  const lead = useVolunteersWrite((userId: string | null) => setTeamLeader(team.id, userId));
  const [form] = Form.useForm<{ phone: string }>();
  return (
    <Flex vertical gap={12} data-testid="team-detail">
      <Link to="/volunteers">{t('volunteers.team.back')}</Link>
      <PageHeading title={team.name} testId="team-title">
        {!staff &&
          (team.joined ? (
            <Tag color="green" data-testid="team-joined">
              {team.leads ? t('volunteers.teams.leads') : t('volunteers.teams.joined')}
            </Tag>
          ) : (
            <Button
              type="primary"
              loading={join.isPending}
              onClick={() =>
                join.mutate(undefined, { onSuccess: () => message.success(t('volunteers.teams.joined')) })
              }
              data-testid="team-join"
            >
              {t('volunteers.teams.join')}
            </Button>
          ))}
      </PageHeading>
      {join.error !== null && <Alert type="error" showIcon title={errorText(t, join.error)} />}
      <Facts
        testId="team-facts"
        items={[
          { key: 'region', label: t('volunteers.teams.region'), children: team.regionName },
          { key: 'focus', label: t('volunteers.teams.focus'), children: team.focus || '—' },
          { key: 'members', label: t('volunteers.teams.members'), children: team.members },
          {
            key: 'hours',
            label: t('volunteers.teams.verifiedHours'),
            children: t('volunteers.hours', { hours: hoursOf(team.verifiedMinutes) }),
          },
          {
            key: 'leader',
            label: t('volunteers.teams.leader'),
            children: team.hasLeader ? t('volunteers.teams.leader') : t('volunteers.teams.noLeader'),
          },
        ]}
      />
      {(staff || team.leads) && (
        <Card size="small" title={t('volunteers.team.memberList')}>
          {staff && (
            <Form
              form={form}
              layout="inline"
              onFinish={({ phone }) =>
                add.mutate(phone.trim(), {
                  onSuccess: () => {
                    form.resetFields();
                    message.success(t('volunteers.team.added'));
                  },
                })
              }
              style={{ marginBottom: 12, rowGap: 8 }}
              data-testid="member-add-form"
            >
              <Form.Item
                name="phone"
                label={t('volunteers.team.addMember')}
                rules={[
                  {
                    required: true,
                    pattern: /^(\+86)?1[3-9][0-9]{9}$/,
                    message: t('volunteers.team.phoneInvalid'),
                  },
                ]}
              >
                <Input
                  inputMode="tel"
                  placeholder={t('volunteers.team.phone')}
                  style={{ width: 160 }}
                  data-testid="member-phone"
                />
              </Form.Item>
              <Button htmlType="submit" loading={add.isPending} data-testid="member-add">
                {t('volunteers.team.add')}
              </Button>
            </Form>
          )}
          {add.error !== null && (
            <Alert type="error" showIcon title={errorText(t, add.error)} style={{ marginBottom: 12 }} />
          )}
          {lead.error !== null && (
            <Alert type="error" showIcon title={errorText(t, lead.error)} style={{ marginBottom: 12 }} />
          )}
          <Table<Member>
            rowKey="userId"
            size="small"
            dataSource={team.memberList}
            scroll={{ x: 'max-content' }}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            locale={{ emptyText: t('volunteers.team.noMembers') }}
            onRow={() => ({ 'data-testid': 'member-row' }) as object}
            columns={[
              {
                title: t('volunteers.team.memberName'),
                dataIndex: 'name',
                render: (name: string | null, m) => (
                  <Flex gap={4} align="center">
                    <Typography.Text>{name ?? '—'}</Typography.Text>
                    {m.leader && <Tag color="blue">{t('volunteers.teams.leader')}</Tag>}
                  </Flex>
                ),
              },
              {
                title: t('volunteers.team.memberPhone'),
                dataIndex: 'phone',
                render: (p: string | null) => p ?? '—',
              },
              { title: t('volunteers.team.joinedAt'), dataIndex: 'joinedAt', render: formatTime },
              {
                title: t('volunteers.teams.verifiedHours'),
                dataIndex: 'verifiedMinutes',
                render: (minutes: number) => t('volunteers.hours', { hours: hoursOf(minutes) }),
              },
              ...(staff
                ? [
                    {
                      key: 'lead',
                      render: (_: unknown, m: Member) => (
                        <Button
                          size="small"
                          loading={lead.isPending}
                          onClick={() =>
                            lead.mutate(m.leader ? null : m.userId, {
                              onSuccess: () => message.success(t('volunteers.team.leaderSet')),
                            })
                          }
                          data-testid="member-lead"
                        >
                          {m.leader ? t('volunteers.team.clearLeader') : t('volunteers.team.setLeader')}
                        </Button>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        </Card>
      )}
    </Flex>
  );
}
