import { Alert, Button, DatePicker, Drawer, Flex, Form, Input, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { issueWhistle } from '../api/whistles';
import type { WhistleLevel } from '../api/whistleTypes';
import { useCitySettings } from '../common/useCitySettings';
import { errorText } from '../i18n/errorText';
import { CallsField } from './CallsField';
import { DeadlineField } from './DeadlineField';
import { type IssueValues, issueInput } from './issueInput';
import { useCallTargets } from './useCallTargets';
import { useOpenCaseOptions } from './useOpenCases';

interface Props {
  office: { level: WhistleLevel; regionCode: string };
  onClose(): void;
}

/** 吹哨: a street or a community calls units to one place by a deadline; the order opens once issued. */
export function IssueWhistleDrawer({ office, onClose }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form] = Form.useForm<IssueValues>();
  const settings = useCitySettings();
  const defaultHours = settings.status === 'ready' ? settings.data.whistleReportHours : null;
  const targets = useCallTargets(office.level, office.regionCode);
  const caseOptions = useOpenCaseOptions(true);
  const [error, setError] = useState<unknown>(null);
  // The setting arrives after the form opens: shown as the starting value unless already typed over.
  useEffect(() => {
    if (defaultHours !== null && form.getFieldValue('deadlineHours') === undefined) {
      form.setFieldValue('deadlineHours', defaultHours);
    }
  }, [defaultHours, form]);
  const [sending, setSending] = useState(false);

  async function finish(values: IssueValues) {
    setSending(true);
    setError(null);
    try {
      // No Idempotency-Key on this endpoint: the button stays busy until the answer, against double sends.
      const { order } = await issueWhistle(issueInput(values, defaultHours));
      navigate(`/whistles/${order.id}`);
    } catch (caught) {
      setError(caught);
      setSending(false);
    }
  }

  return (
    <Drawer open title={t('whistle.issueTitle')} size={640} onClose={onClose} destroyOnHidden>
      {error !== null && (
        <Alert
          type="error"
          showIcon
          title={errorText(t, error)}
          style={{ marginBottom: 12 }}
          data-testid="issue-error"
        />
      )}
      <Form<IssueValues>
        form={form}
        layout="vertical"
        initialValues={{ deadlineMode: 'hours', calls: [{}] }}
        onFinish={(values) => void finish(values)}
        data-testid="issue-form"
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
          <Button type="primary" htmlType="submit" loading={sending} data-testid="issue-submit">
            {t('whistle.submit')}
          </Button>
        </Flex>
      </Form>
    </Drawer>
  );
}
