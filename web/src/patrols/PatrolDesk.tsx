import { useQuery } from '@tanstack/react-query';
import { DatePicker, Flex, Table, Tabs, Tag, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fetchPatrolAssessment, fetchPatrolCalendar, fetchPatrols, type PatrolDay } from '../api/patrols';
import { formatTime } from '../i18n/formatTime';
import { PatrolPoints } from './PatrolPoints';

const dayColour: Record<PatrolDay['state'], string> = {
  met: '#52c41a',
  missed: '#f5222d',
  open: '#1677ff',
  rest: '#d9d9d9',
};

function DayCell({ day }: { day: PatrolDay }) {
  const { t } = useTranslation();
  const label =
    day.state === 'missed' ? t('patrols.desk.missed', { count: day.missed }) : t(`patrols.desk.${day.state}`);
  return (
    <Tooltip title={`${day.date} · ${label} · ${day.counted}/${day.required}`}>
      <div
        data-testid="patrol-day"
        data-date={day.date}
        data-state={day.state}
        style={{
          width: 26,
          height: 26,
          borderRadius: 4,
          background: dayColour[day.state],
          color: '#fff',
          fontSize: 11,
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'center',
        }}
      >
        {Number(day.date.slice(8))}
      </div>
    </Tooltip>
  );
}

/** The back office: each worker's month against 一日两巡, the assessment, and every patrol to play back. */
export function PatrolDesk() {
  const { t } = useTranslation();
  const [month, setMonth] = useState(dayjs().format('YYYY-MM'));
  const calendar = useQuery({
    queryKey: ['patrols', 'calendar', month],
    queryFn: ({ signal }) => fetchPatrolCalendar(`month=${month}`, signal),
  });
  const assessment = useQuery({
    queryKey: ['patrols', 'assessment', month],
    queryFn: ({ signal }) => fetchPatrolAssessment(`month=${month}`, signal),
  });
  const list = useQuery({
    queryKey: ['patrols', 'list'],
    queryFn: ({ signal }) => fetchPatrols('pageSize=100', signal),
  });
  return (
    <Flex vertical gap={12}>
      <Flex align="center" gap={8}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('patrols.title')}
        </Typography.Title>
        <DatePicker
          picker="month"
          allowClear={false}
          value={dayjs(`${month}-01`)}
          onChange={(d) => d && setMonth(d.format('YYYY-MM'))}
          aria-label={t('patrols.desk.month')}
        />
      </Flex>
      <Tabs
        items={[
          {
            key: 'calendar',
            label: t('patrols.desk.calendar'),
            children: (
              <Table
                rowKey="workerId"
                loading={calendar.isLoading}
                dataSource={calendar.data?.workers ?? []}
                pagination={false}
                scroll={{ x: true }}
                columns={[
                  { title: t('patrols.desk.worker'), dataIndex: 'name', width: 120 },
                  {
                    title: t('patrols.desk.calendar'),
                    key: 'days',
                    render: (_, w) => (
                      <Flex vertical gap={4}>
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {t('patrols.desk.rule', {
                            perDay: w.rule.patrolsPerDay,
                            minutes: w.rule.minMinutes,
                          })}
                        </Typography.Text>
                        <Flex wrap gap={3}>
                          {w.days.map((d) => (
                            <DayCell key={d.date} day={d} />
                          ))}
                        </Flex>
                      </Flex>
                    ),
                  },
                ]}
              />
            ),
          },
          {
            key: 'assessment',
            label: t('patrols.desk.assessment'),
            children: (
              <Table
                rowKey="workerId"
                loading={assessment.isLoading}
                dataSource={assessment.data?.items ?? []}
                pagination={false}
                scroll={{ x: true }}
                columns={[
                  { title: t('patrols.desk.worker'), dataIndex: 'name' },
                  { title: t('patrols.desk.required'), dataIndex: 'patrolsRequired' },
                  { title: t('patrols.desk.counted'), dataIndex: 'patrolsCounted' },
                  {
                    title: t('patrols.desk.missedCol'),
                    dataIndex: 'missed',
                    render: (n: number) => (n > 0 ? <Tag color="red">{n}</Tag> : 0),
                  },
                  {
                    title: t('patrols.desk.completion'),
                    dataIndex: 'completionRate',
                    render: (r: number) => `${Math.round(r * 100)}%`,
                  },
                  {
                    title: t('patrols.desk.time'),
                    dataIndex: 'minutes',
                    render: (m: number) => t('patrols.minutes', { count: m }),
                  },
                  { title: t('patrols.desk.km'), dataIndex: 'distanceKm' },
                  { title: t('patrols.desk.checkins'), dataIndex: 'checkins' },
                  { title: t('patrols.desk.cases'), dataIndex: 'cases' },
                  {
                    title: t('patrols.desk.coverage'),
                    dataIndex: 'coverage',
                    render: (r: number) => `${Math.round(r * 100)}%`,
                  },
                ]}
              />
            ),
          },
          { key: 'points', label: t('patrols.pointDesk.title'), children: <PatrolPoints /> },
          {
            key: 'list',
            label: t('patrols.desk.list'),
            children: (
              <Table
                rowKey="id"
                loading={list.isLoading}
                dataSource={list.data?.items ?? []}
                scroll={{ x: true }}
                columns={[
                  { title: t('patrols.desk.worker'), dataIndex: 'worker' },
                  { title: t('patrols.desk.startedAt'), dataIndex: 'startedAt', render: formatTime },
                  { title: t('patrols.desk.endedAt'), dataIndex: 'endedAt', render: formatTime },
                  {
                    title: t('patrols.desk.time'),
                    dataIndex: 'minutes',
                    render: (m: number) => t('patrols.minutes', { count: m }),
                  },
                  {
                    title: t('patrols.distance'),
                    dataIndex: 'distanceM',
                    render: (m: number) => t('patrols.metres', { count: m }),
                  },
                  {
                    title: t('patrols.desk.coverage'),
                    key: 'coverage',
                    render: (_, p) => `${p.coverage.passed}/${p.coverage.total}`,
                  },
                  {
                    title: '',
                    key: 'view',
                    render: (_, p) => <Link to={`/patrols/${p.id}`}>{t('patrols.desk.view')}</Link>,
                  },
                ]}
              />
            ),
          },
        ]}
      />
    </Flex>
  );
}
