import { Alert, DatePicker, Flex, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TaskReport } from '../api/admittedTasks';
import { errorText } from '../i18n/errorText';
import { useTaskReport } from './admittedTasksQueries';
import { cityDay } from './cityDay';

type Line = TaskReport['departments'][number];

const DAY = 'YYYY-MM-DD';

/**
 * The report per department for a period (this year so far to start with): tasks that reached
 * communities, admitted or funded, the funding in yuan, done, and the refused attempts; with totals.
 */
export function TaskReportTab() {
  const { t } = useTranslation();
  const [from, setFrom] = useState<Dayjs>(() => dayjs(cityDay()).startOf('year'));
  const [to, setTo] = useState<Dayjs>(() => dayjs(cityDay()));
  const report = useTaskReport(from.format(DAY), to.format(DAY));
  const number = (n: number) => n.toLocaleString();
  return (
    <Flex vertical gap={12}>
      <Flex wrap gap={8} align="center">
        <Typography.Text type="secondary">{t('admittedTasks.report.period')}</Typography.Text>
        <DatePicker
          allowClear={false}
          value={from}
          onChange={(day) => day && setFrom(day)}
          disabledDate={(day) => day.isAfter(to, 'day')}
          inputReadOnly
          aria-label={t('admittedTasks.report.period')}
          data-testid="report-from"
        />
        <span>–</span>
        <DatePicker
          allowClear={false}
          value={to}
          onChange={(day) => day && setTo(day)}
          disabledDate={(day) => day.isBefore(from, 'day')}
          inputReadOnly
          data-testid="report-to"
        />
      </Flex>
      {report.error !== null && <Alert type="error" showIcon title={errorText(t, report.error)} />}
      <Table<Line>
        rowKey="departmentId"
        size="middle"
        loading={report.isPending}
        dataSource={report.data?.departments ?? []}
        scroll={{ x: 'max-content' }}
        pagination={false}
        locale={{ emptyText: t('admittedTasks.report.empty') }}
        onRow={() => ({ 'data-testid': 'report-row' }) as object}
        columns={[
          { title: t('admittedTasks.report.department'), dataIndex: 'departmentName' },
          { title: t('admittedTasks.report.assigned'), dataIndex: 'assigned', align: 'right' },
          { title: t('admittedTasks.report.admitted'), dataIndex: 'admitted', align: 'right' },
          { title: t('admittedTasks.report.funded'), dataIndex: 'funded', align: 'right' },
          {
            title: t('admittedTasks.report.fundingYuan'),
            dataIndex: 'fundingYuan',
            align: 'right',
            render: number,
          },
          { title: t('admittedTasks.report.done'), dataIndex: 'done', align: 'right' },
          { title: t('admittedTasks.report.refused'), dataIndex: 'refused', align: 'right' },
        ]}
        summary={() => {
          const totals = report.data?.totals;
          if (!totals || report.data?.departments.length === 0) return null;
          const cells = [
            totals.assigned,
            totals.admitted,
            totals.funded,
            totals.fundingYuan,
            totals.done,
            totals.refused,
          ];
          return (
            <Table.Summary.Row data-testid="report-totals">
              <Table.Summary.Cell index={0}>
                <Typography.Text strong>{t('admittedTasks.report.totals')}</Typography.Text>
              </Table.Summary.Cell>
              {cells.map((value, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the columns are fixed, in this order
                <Table.Summary.Cell key={index} index={index + 1} align="right">
                  <Typography.Text strong>{number(value)}</Typography.Text>
                </Table.Summary.Cell>
              ))}
            </Table.Summary.Row>
          );
        }}
        data-testid="report-table"
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('admittedTasks.report.note')}
      </Typography.Text>
    </Flex>
  );
}
