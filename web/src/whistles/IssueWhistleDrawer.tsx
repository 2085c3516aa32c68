import type { IssueInput, WhistleDetail, WhistleLevel } from '@needle/contract';
import { Button, DatePicker, Drawer, Flex, Form, Input, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { issueWhistle } from '../api/whistles';
import { FormFrame } from '../common/FormModal';
import { useCitySettings } from '../common/useCitySettings';
import { CallsField } from './CallsField';
import { DeadlineField } from './DeadlineField';
import { type IssueValues, issueInput } from './issueInput';
import { useCallTargets } from './useCallTargets';
import { useOpenCaseOptions } from './useOpenCases';
import { useWhistleStep } from './whistleQueries';

interface Props {
  office: { level: WhistleLevel; regionCode: string };
  onClose(): void;
}

/** 吹哨: a street or a community calls units to one place by a deadline; the order opens once issued. */
export function IssueWhistleDrawer({ office, onClose }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form] = Form.useForm<IssueValues>();
  const defaultHours = useCitySettings().data?.whistleReportHours ?? null;
  const targets = useCallTargets(office.level, office.regionCode);
  const caseOptions = useOpenCaseOptions(true);
  // No Idempotency-Key on this endpoint: the button stays busy until the answer, against double sends.
  const issue = useWhistleStep(issueWhistle);
  // The setting arrives after the form opens: shown as the starting value unless already typed over.
  useEffect(() => {
    if (defaultHours !== null && form.getFieldValue('deadlineHours') === undefined) {
      form.setFieldValue('deadlineHours', defaultHours);
    }
  }, [defaultHours, form]);

  return (
    <Drawer open title={t('whistle.issueTitle')} size={640} onClose={onClose} destroyOnHidden>
      <FormFrame<IssueValues, IssueInput, WhistleDetail>
        form={form}
        mutation={issue}
        toVariables={(values) => issueInput(values, defaultHours)}
        onDone={({ order }) => navigate(`/whistles/${order.id}`)}
        initialValues={{ deadlineMode: 'hours', calls: [{}] }}
        testId="issue"
      >
        <Form.Item
          name="title"
          label={t('whistle.orderTitle')}
          rules={[{ required: true, whitespace: true, message: t('whistle.orderTitleRequired') }]}
        >
          <Input maxLength={100} data-testid="issue-title" />
        </Form.Item>
        <Form.Item
          name="task"
          label={t('whistle.task')}
          rules={[{ required: true, whitespace: true, message: t('whistle.taskRequired') }]}
        >
          <Input.TextArea rows={2} maxLength={4000} data-testid="issue-task" />
        </Form.Item>
        <Form.Item
          name="place"
          label={t('whistle.place')}
          rules={[{ required: true, whitespace: true, message: t('whistle.placeRequired') }]}
        >
          <Input maxLength={200} data-testid="issue-place" />
        </Form.Item>
        <DeadlineField />
        <Form.Item name="meetAt" label={t('whistle.meetAt')}>
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
        </Form.Item>
        <Form.Item name="caseIds" label={t('whistle.cases')} extra={t('whistle.casesHint')}>
          <Select
            mode="multiple"
            allowClear
            options={caseOptions}
            showSearch={{ optionFilterProp: 'label' }}
            data-testid="issue-cases"
          />
        </Form.Item>
        <Form.Item label={t('whistle.calls')} required>
          <CallsField groups={targets.groups} loading={targets.loading} />
        </Form.Item>
        <Flex gap={8} justify="end">
          <Button onClick={onClose}>{t('whistle.cancelForm')}</Button>
          <Button type="primary" htmlType="submit" loading={issue.isPending} data-testid="issue-submit">
            {t('whistle.submit')}
          </Button>
        </Flex>
      </FormFrame>
    </Drawer>
  );
}
