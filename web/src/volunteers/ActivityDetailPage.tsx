import { Alert, App, Button, Card, Flex, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import {
  type ActivityDetail,
  type Attendance,
  cancelSignUp,
  checkIn,
  checkOut,
  signUp,
} from '../api/volunteers';
import { useMe } from '../auth/AuthContext';
import { DetailPage } from '../common/DetailPage';
import { Facts } from '../common/Facts';
import { NotFound } from '../common/NotFound';
import { PageHeading } from '../common/PageHeading';
import { errorText } from '../i18n/errorText';
import { formatTime } from '../i18n/formatTime';
import { ScanModal } from './ScanModal';
import { SiteCodeModal } from './SiteCodeModal';
import { hoursOf, keepsVolunteers } from './volunteerRoles';
import { useActivity, useTeam, useVolunteersWrite } from './volunteersQueries';

type Signup = ActivityDetail['signups'][number];

/**
 * An activity: residents sign up, cancel before it starts, and check in and out on site with the code
 * staff or the team's leader show; those who run it see who signed up and their hours.
 */
export function ActivityDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  return (
    <DetailPage
      query={useActivity(id)}
      notFound={
        <NotFound
          title={t('volunteers.activity.notFound')}
          backTo="/volunteers"
          backText={t('volunteers.activity.back')}
          testId="activity-not-found"
        />
      }
      view={ActivityView}
    />
  );
}

function ActivityView({ detail: activity }: { detail: ActivityDetail }) {
  const { t } = useTranslation();
  const me = useMe();
  const staff = keepsVolunteers(me);
  // A resident who leads the team shows the on-site code as staff do.
  const team = useTeam(activity.teamId);
  const runs = staff || team.data?.leads === true;
  const [showCode, setShowCode] = useState(false);
  const minutes = activity.mine?.minutes;
  return (
    <Flex vertical gap={12} data-testid="activity-detail">
      <Link to="/volunteers">{t('volunteers.activity.back')}</Link>
      <PageHeading title={activity.title} testId="activity-title">
        {runs && (
          <Button type="primary" onClick={() => setShowCode(true)} data-testid="site-code-open">
            {t('volunteers.activity.siteCode')}
          </Button>
        )}
      </PageHeading>
      <Facts
        testId="activity-facts"
        items={[
          { key: 'team', label: t('volunteers.activities.team'), children: activity.teamName },
          { key: 'place', label: t('volunteers.activities.place'), children: activity.place },
          {
            key: 'time',
            label: t('volunteers.activities.time'),
            children: `${formatTime(activity.startsAt)} – ${formatTime(activity.endsAt).slice(-5)}`,
          },
          {
            key: 'places',
            label: t('volunteers.activities.capacity'),
            children: t('volunteers.activities.places', {
              signedUp: activity.signedUp,
              capacity: activity.capacity,
            }),
          },
          ...(activity.mine
            ? [
                {
                  key: 'mine',
                  label: t('volunteers.activity.mine'),
                  children: (
                    <Flex wrap gap={4} data-testid="activity-mine">
                      <Tag>{t('volunteers.activity.signedUp')}</Tag>
                      {activity.mine.checkedInAt && (
                        <Tag color="blue">
                          {t('volunteers.activity.checkedInAt')}{' '}
                          {formatTime(activity.mine.checkedInAt).slice(-5)}
                        </Tag>
                      )}
                      {activity.mine.checkedOutAt && (
                        <Tag color="blue">
                          {t('volunteers.activity.checkedOutAt')}{' '}
                          {formatTime(activity.mine.checkedOutAt).slice(-5)}
                        </Tag>
                      )}
                      {minutes != null && (
                        <Tag color="green" data-testid="activity-earned">
                          {t('volunteers.activity.earned', { hours: hoursOf(minutes) })}
                        </Tag>
                      )}
                    </Flex>
                  ),
                },
              ]
            : []),
        ]}
      />
      {!staff && <VolunteerCommands activity={activity} />}
      {runs && <Signups signups={activity.signups} />}
      {showCode && <SiteCodeModal activityId={activity.id} onClose={() => setShowCode(false)} />}
    </Flex>
  );
}

/** What a resident does with the activity, by where their sign-up stands. */
function VolunteerCommands({ activity }: { activity: ActivityDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const join = useVolunteersWrite(() => signUp(activity.id));
  const cancel = useVolunteersWrite(() => cancelSignUp(activity.id));
  const scanIn = useVolunteersWrite((token: string) => checkIn(activity.id, token));
  const scanOut = useVolunteersWrite((token: string) => checkOut(activity.id, token));
  const [scanning, setScanning] = useState<'in' | 'out' | null>(null);
  const mine = activity.mine;
  const started = Date.parse(activity.startsAt) <= Date.now();
  const full = activity.signedUp >= activity.capacity;
  const error = join.error ?? cancel.error;
  const scanned = (attendance: Attendance) => {
    setScanning(null);
    message.success(
      attendance.checkedOutAt ? t('volunteers.activity.checkedOut') : t('volunteers.activity.checkedIn'),
    );
  };
  return (
    <Card size="small">
      {error !== null && (
        <Alert type="error" showIcon title={errorText(t, error)} style={{ marginBottom: 12 }} />
      )}
      <Flex wrap gap={8}>
        {!mine && (
          <Button
            type="primary"
            size="large"
            disabled={full}
            loading={join.isPending}
            onClick={() =>
              join.mutate(undefined, { onSuccess: () => message.success(t('volunteers.activity.signedUp')) })
            }
            data-testid="activity-sign-up"
          >
            {full ? t('volunteers.activity.full') : t('volunteers.activity.signUp')}
          </Button>
        )}
        {mine && !started && !mine.checkedInAt && (
          <Button
            size="large"
            loading={cancel.isPending}
            onClick={() =>
              cancel.mutate(undefined, {
                onSuccess: () => message.success(t('volunteers.activity.cancelled')),
              })
            }
            data-testid="activity-cancel"
          >
            {t('volunteers.activity.cancel')}
          </Button>
        )}
        {mine && !mine.checkedInAt && (
          <Button
            type="primary"
            size="large"
            onClick={() => setScanning('in')}
            data-testid="activity-check-in"
          >
            {t('volunteers.activity.checkIn')}
          </Button>
        )}
        {mine?.checkedInAt && !mine.checkedOutAt && (
          <Button
            type="primary"
            size="large"
            onClick={() => setScanning('out')}
            data-testid="activity-check-out"
          >
            {t('volunteers.activity.checkOut')}
          </Button>
        )}
      </Flex>
      {scanning === 'in' && (
        <ScanModal
          title={t('volunteers.scan.titleIn')}
          testId="check-in"
          mutation={scanIn}
          onCancel={() => setScanning(null)}
          onDone={scanned}
        />
      )}
      {scanning === 'out' && (
        <ScanModal
          title={t('volunteers.scan.titleOut')}
          testId="check-out"
          mutation={scanOut}
          onCancel={() => setScanning(null)}
          onDone={scanned}
        />
      )}
    </Card>
  );
}

/** Who signed up, masked, with their times and minutes: for those who run the team. */
function Signups({ signups }: { signups: Signup[] }) {
  const { t } = useTranslation();
  const time = (iso: string | null) => (iso ? formatTime(iso) : '—');
  return (
    <Card size="small" title={t('volunteers.activity.signups')}>
      <Table<Signup>
        rowKey="userId"
        size="small"
        dataSource={signups}
        scroll={{ x: 'max-content' }}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: t('volunteers.activity.noSignups') }}
        onRow={() => ({ 'data-testid': 'signup-row' }) as object}
        columns={[
          {
            title: t('volunteers.team.memberName'),
            dataIndex: 'name',
            render: (n: string | null) => n ?? '—',
          },
          {
            title: t('volunteers.team.memberPhone'),
            dataIndex: 'phone',
            render: (p: string | null) => p ?? '—',
          },
          { title: t('volunteers.activity.signedUpAt'), dataIndex: 'signedUpAt', render: time },
          { title: t('volunteers.activity.checkedInAt'), dataIndex: 'checkedInAt', render: time },
          { title: t('volunteers.activity.checkedOutAt'), dataIndex: 'checkedOutAt', render: time },
          {
            title: t('volunteers.activity.minutes'),
            key: 'minutes',
            render: (_, s) =>
              s.minutes == null ? (
                '—'
              ) : (
                <Flex gap={4}>
                  {t('volunteers.hours', { hours: hoursOf(s.minutes) })}
                  {s.verified && <Tag color="green">{t('volunteers.activity.verified')}</Tag>}
                </Flex>
              ),
          },
        ]}
      />
    </Card>
  );
}
