import { DatePicker, Form, Input, InputNumber } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Project, ProjectInput } from '../api/communityLists';
import { FormModal, type FormSubmission } from '../common/FormModal';

interface Values {
  title: string;
  year: number;
  budgetYuan: number;
  dueDate: Dayjs;
  claimDeadline: Dayjs;
  description?: string;
}

/**
 * 立项: a yearly project of the chosen needs. Partner units may claim it until the end of its claim
 * deadline's day; unclaimed then, it falls to the community (兜底).
 */
export function ProjectModal({
  needIds,
  ...submission
}: FormSubmission<ProjectInput, Project> & { needIds: string[] }) {
  const { t } = useTranslation();
  const today = dayjs();
  return (
    <FormModal<Values, ProjectInput, Project>
      title={t('lists.projects.create')}
      testId="project"
      initialValues={{ year: today.year() }}
      toVariables={({ title, year, budgetYuan, dueDate, claimDeadline, description }) => ({
        needIds,
        title: title.trim(),
        year,
        budgetYuan,
        dueDate: dueDate.format('YYYY-MM-DD'),
        claimDeadline: claimDeadline.endOf('day').toISOString(),
        ...(description?.trim() ? { description: description.trim() } : {}),
      })}
      {...submission}
    >
      <Form.Item
        name="title"
        label={t('lists.projects.title')}
        rules={[{ required: true, whitespace: true, message: t('lists.projects.titleRequired') }]}
      >
        <Input maxLength={100} data-testid="project-title" />
      </Form.Item>
      <Form.Item name="year" label={t('lists.projects.year')} rules={[{ required: true }]}>
        <InputNumber min={2000} max={2100} precision={0} data-testid="project-year" />
      </Form.Item>
      <Form.Item
        name="budgetYuan"
        label={t('lists.projects.budget')}
        rules={[{ required: true, message: t('lists.projects.budgetRequired') }]}
      >
        <InputNumber
          min={0}
          max={100_000_000}
          precision={0}
          style={{ width: 200 }}
          data-testid="project-budget"
        />
      </Form.Item>
      <Form.Item
        name="claimDeadline"
        label={t('lists.projects.claimDeadline')}
        rules={[{ required: true, message: t('lists.projects.claimDeadlineRequired') }]}
      >
        <DatePicker disabledDate={(day) => day.isBefore(today, 'day')} data-testid="project-claim-deadline" />
      </Form.Item>
      <Form.Item
        name="dueDate"
        label={t('lists.projects.dueDate')}
        rules={[{ required: true, message: t('lists.projects.dueDateRequired') }]}
      >
        <DatePicker disabledDate={(day) => day.isBefore(today, 'day')} data-testid="project-due-date" />
      </Form.Item>
      <Form.Item name="description" label={t('lists.projects.description')}>
        <Input.TextArea rows={3} maxLength={4000} data-testid="project-description" />
      </Form.Item>
    </FormModal>
  );
}
