import { Button, Checkbox, Col, Form, Input, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CitySettings } from '../api/settings';
import { AddressItem, CategoryItem, DescriptionItem, PointItem, phonePattern } from '../report/ProblemFields';
import { RequestTypeChoice, UrgencyChoice } from './CallChoices';
import type { CallDraft } from './callDraft';

interface Props {
  initialValues: CallDraft;
  settings: CitySettings | null;
  busy: boolean;
  retry: boolean;
  onFinish(values: CallDraft): void;
}

/** The fields of a 12345 call, in the order the caller usually gives them. */
export function TakeCallForm({ initialValues, settings, busy, retry, onFinish }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<CallDraft>();
  const requestType = Form.useWatch('requestType', form);
  return (
    <Form<CallDraft> form={form} layout="vertical" initialValues={initialValues} onFinish={onFinish}>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item
            name="callerName"
            label={t('hotline.callerName')}
            rules={[{ required: true, whitespace: true, message: t('hotline.callerNameRequired') }]}
          >
            <Input maxLength={50} data-testid="call-caller-name" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="callerPhone"
            label={t('hotline.callerPhone')}
            rules={[
              { required: true, message: t('hotline.callerPhoneRequired') },
              { pattern: phonePattern, message: t('hotline.phoneInvalid') },
            ]}
          >
            <Input inputMode="tel" maxLength={20} data-testid="call-caller-phone" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="requestType"
        label={t('hotline.requestType')}
        rules={[{ required: true, message: t('hotline.requestTypeRequired') }]}
      >
        <RequestTypeChoice />
      </Form.Item>
      <Form.Item
        name="urgency"
        label={t('hotline.urgency')}
        rules={[{ required: true, message: t('hotline.urgencyRequired') }]}
      >
        <UrgencyChoice settings={settings} />
      </Form.Item>
      <CategoryItem texts="hotline" testId="call" />
      <PointItem texts="hotline" />
      <AddressItem texts="hotline" testId="call" />
      <DescriptionItem texts="hotline" testId="call" />
      {requestType === 'consult' && (
        <Form.Item name="answeredOnCall" valuePropName="checked">
          <Checkbox data-testid="call-answered">{t('hotline.answeredOnCall')}</Checkbox>
        </Form.Item>
      )}
      <Button type="primary" htmlType="submit" block size="large" loading={busy} data-testid="call-submit">
        {retry ? t('hotline.retry') : t('hotline.submit')}
      </Button>
    </Form>
  );
}
