import type { CalendarDay, DayKind } from '@needle/contract';
import {
  Alert,
  App,
  Button,
  Calendar,
  Flex,
  Form,
  Input,
  Modal,
  Radio,
  Select,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../i18n/errorText';
import { useIsPhone } from '../layout/useIsPhone';
import { AdminEmpty, AdminError, AdminSkeleton } from './AdminStates';
import { AdminTitle } from './AdminTitle';
import { useCalendar, useRemoveOverride, useSetOverride } from './adminQueries';

const DAY = 'YYYY-MM-DD';

/** The days a month's grid shows: from the Monday-or-Sunday before the 1st to the days after the end. */
function monthSpan(month: Dayjs) {
  return {
    from: month.startOf('month').subtract(7, 'day').format(DAY),
    to: month.endOf('month').add(14, 'day').format(DAY),
  };
}

/** The years the header offers: a decade either side of the one shown. */
const yearsAround = (year: number): number[] => Array.from({ length: 21 }, (_, i) => year - 10 + i);

/** 工作日历: the published working days and holidays, and the city's own overrides (a typhoon day off). */
export function CalendarPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  // The month grid names its weekdays and months in the page's language, as dayjs is told.
  const locale = i18n.language === 'en' ? 'en' : 'zh-cn';
  const [month, setMonth] = useState(() => dayjs().startOf('month'));
  const phone = useIsPhone();
  /** A day's mark: the word at a desk; on a phone a short one, the word kept as its tooltip and name. */
  const mark = (color: string, key: 'workday' | 'holiday' | 'overridden') => {
    const word = t(`admin.calendar.${key}`);
    return phone ? (
      <Tag color={color} title={word} aria-label={word} style={{ marginInlineEnd: 2, paddingInline: 3 }}>
        {t(`admin.calendar.${key}Short`)}
      </Tag>
    ) : (
      <Tag color={color}>{word}</Tag>
    );
  };
  const span = monthSpan(month);
  const calendar = useCalendar(span.from, span.to);
  const [open, setOpen] = useState<CalendarDay | null>(null);
  const setOverride = useSetOverride();
  const removeOverride = useRemoveOverride();
  const [form] = Form.useForm<{ kind: DayKind; note: string }>();
  const byDay = useMemo(() => new Map((calendar.data?.days ?? []).map((d) => [d.day, d])), [calendar.data]);
  const overrides = (calendar.data?.days ?? []).filter(
    (d) => d.overridden && dayjs(d.day).isSame(month, 'month'),
  );

  function close() {
    setOpen(null);
    setOverride.reset();
  }

  function save(values: { kind: DayKind; note?: string }) {
    if (!open) return;
    setOverride.mutate(
      { day: open.day, kind: values.kind, note: values.note?.trim() ?? '' },
      {
        onSuccess: () => {
          message.success(t('admin.calendar.saved', { day: open.day }));
          close();
        },
      },
    );
  }

  function restore(day: string) {
    removeOverride.mutate(day, {
      onSuccess: () => {
        message.success(t('admin.calendar.restored', { day }));
        close();
      },
      onError: (caught) => message.error(errorText(t, caught)),
    });
  }

  return (
    <Flex vertical gap={12}>
      <AdminTitle page="calendar" />
      <Typography.Text type="secondary">{t('admin.calendar.hint')}</Typography.Text>
      {(calendar.data?.unpublishedYears.length ?? 0) > 0 && (
        <Alert
          type="warning"
          showIcon
          title={t('admin.calendar.unpublished', { years: calendar.data?.unpublishedYears.join('、') })}
        />
      )}
      {calendar.error !== null && <AdminError error={calendar.error} />}
      {calendar.isPending ? (
        <AdminSkeleton rows={12} />
      ) : (
        <Calendar
          value={month.locale(locale)}
          onPanelChange={(value) => setMonth(value.startOf('month'))}
          // The year and the month as named fields (antd's own header names neither); no year view:
          // overrides are set on days.
          headerRender={({ value, onChange }) => (
            <Flex gap={8} justify="end" style={{ padding: '8px 0' }}>
              <Select
                aria-label={t('admin.calendar.year')}
                value={value.year()}
                onChange={(year) => onChange(value.year(year))}
                options={yearsAround(value.year()).map((year) => ({ value: year, label: String(year) }))}
                style={{ width: 100 }}
                data-testid="calendar-year"
              />
              <Select
                aria-label={t('admin.calendar.month')}
                value={value.month()}
                onChange={(index) => onChange(value.month(index))}
                options={Array.from({ length: 12 }, (_, index) => ({
                  value: index,
                  label: value.month(index).locale(locale).format('MMM'),
                }))}
                style={{ width: 100 }}
                data-testid="calendar-month"
              />
            </Flex>
          )}
          onSelect={(value, { source }) => {
            if (source !== 'date') return;
            const day = byDay.get(value.format(DAY));
            if (day) {
              form.setFieldsValue({ kind: day.isWorkingDay ? 'holiday' : 'workday', note: day.note ?? '' });
              setOpen(day);
            }
          }}
          cellRender={(value, info) => {
            if (info.type !== 'date') return info.originNode;
            const day = byDay.get(value.format(DAY));
            if (!day) return null;
            return (
              <div data-testid={`calendar-day-${day.day}`}>
                {day.isWorkingDay ? mark('blue', 'workday') : mark('red', 'holiday')}
                {day.overridden && mark('orange', 'overridden')}
                {day.note && (
                  <Typography.Text type="secondary" ellipsis style={{ display: 'block' }}>
                    {day.note}
                  </Typography.Text>
                )}
              </div>
            );
          }}
          data-testid="calendar"
        />
      )}
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('admin.calendar.overridesOf', { month: month.format('YYYY-MM') })}
      </Typography.Title>
      <Table<CalendarDay>
        rowKey="day"
        size="small"
        pagination={false}
        dataSource={overrides}
        columns={[
          { key: 'day', title: t('admin.calendar.day'), dataIndex: 'day' },
          {
            key: 'kind',
            title: t('admin.calendar.kind'),
            render: (_, d) => (d.isWorkingDay ? t('admin.calendar.workday') : t('admin.calendar.holiday')),
          },
          { key: 'note', title: t('admin.calendar.note'), render: (_, d) => d.note ?? '—' },
          {
            key: 'actions',
            title: t('admin.actions'),
            render: (_, d) => (
              <Button size="small" onClick={() => restore(d.day)} data-testid={`calendar-restore-${d.day}`}>
                {t('admin.calendar.restore')}
              </Button>
            ),
          },
        ]}
        locale={{ emptyText: <AdminEmpty>{t('admin.calendar.noOverrides')}</AdminEmpty> }}
        data-testid="calendar-overrides"
      />
      {open && (
        <Modal
          open
          title={t('admin.calendar.editTitle', { day: open.day })}
          onCancel={close}
          onOk={() => form.submit()}
          okText={t('actionForm.submit')}
          cancelText={t('actionForm.cancel')}
          confirmLoading={setOverride.isPending}
          okButtonProps={{ 'data-testid': 'calendar-submit' }}
          footer={(_, { OkBtn, CancelBtn }) => (
            <Flex justify="end" gap={8}>
              {open.overridden && (
                <Button onClick={() => restore(open.day)} loading={removeOverride.isPending}>
                  {t('admin.calendar.restore')}
                </Button>
              )}
              <CancelBtn />
              <OkBtn />
            </Flex>
          )}
        >
          <Typography.Paragraph type="secondary">
            {open.isWorkingDay ? t('admin.calendar.nowWorkday') : t('admin.calendar.nowHoliday')}
          </Typography.Paragraph>
          {setOverride.error !== null && <AdminError error={setOverride.error} />}
          <Form form={form} layout="vertical" onFinish={save} data-testid="calendar-form">
            <Form.Item name="kind" label={t('admin.calendar.makeIt')}>
              <Radio.Group
                options={[
                  { value: 'workday', label: t('admin.calendar.workday') },
                  { value: 'holiday', label: t('admin.calendar.holiday') },
                ]}
              />
            </Form.Item>
            <Form.Item name="note" label={t('admin.calendar.note')}>
              <Input maxLength={200} placeholder={t('admin.calendar.notePlaceholder')} />
            </Form.Item>
          </Form>
        </Modal>
      )}
    </Flex>
  );
}
