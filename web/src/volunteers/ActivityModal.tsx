import { DatePicker, Form, Input, InputNumber, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Activity, ActivityInput } from '../api/volunteers';
import { FormModal, type FormSubmission } from '../common/FormModal';
import { useTeams } from './volunteersQueries';

interface Values {
  teamId: string;
  title: string;
  place: string;
  span: [Dayjs, Dayjs];
  capacity: number;
}

/** 发布活动: a team's activity with its place, its span (within a day) and its places. */
export function ActivityModal(submission: FormSubmission<ActivityInput, Activity>) {
  const { t } = useTranslation();
  const teams = useTeams('pageSize=200');
  return (
    <FormModal<Values, ActivityInput, Activity>
      title={t('volunteers.activities.create')}
      testId="activity"
      initialValues={{ capacity: 10 }}
      toVariables={({ teamId, title, place, span, capacity }) => ({
        teamId,
        title: title.trim(),
        place: place.trim(),
        startsAt: span[0].toISOString(),
        endsAt: span[1].toISOString(),
        capacity,
      })}
      {...submission}
    >
      <Form.Item
        name="teamId"
        label={t('volunteers.activities.team')}
        rules={[{ required: true, message: t('volunteers.activities.teamRequired') }]}
      >
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          loading={teams.isPending}
          options={(teams.data?.items ?? []).map((team) => ({ value: team.id, label: team.name }))}
          data-testid="activity-team"
        />
      </Form.Item>
      <Form.Item
        name="title"
        label={t('volunteers.activities.title')}
        rules={[{ required: true, whitespace: true, message: t('volunteers.activities.titleRequired') }]}
      >
        <Input maxLength={100} data-testid="activity-title" />
      </Form.Item>
      <Form.Item
        name="place"
        label={t('volunteers.activities.place')}
        rules={[{ required: true, whitespace: true, message: t('volunteers.activities.placeRequired') }]}
      >
        <Input maxLength={200} data-testid="activity-place" />
      </Form.Item>
      <Form.Item
        name="span"
        label={t('volunteers.activities.time')}
        rules={[{ required: true, message: t('volunteers.activities.timeRequired') }]}
      >
        <DatePicker.RangePicker
          showTime={{ format: 'HH:mm' }}
          format="YYYY-MM-DD HH:mm"
          style={{ width: '100%' }}
          data-testid="activity-span"
        />
      </Form.Item>
      <Form.Item name="capacity" label={t('volunteers.activities.capacity')} rules={[{ required: true }]}>
        <InputNumber min={1} max={10_000} precision={0} data-testid="activity-capacity" />
      </Form.Item>
    </FormModal>
  );
}
