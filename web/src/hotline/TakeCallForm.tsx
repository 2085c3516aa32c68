import { Button, Checkbox, Col, Form, Input, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CategoryClass } from '../api/categories';
import type { CitySettings } from '../api/settings';
import { CategoryCascader } from '../categories/CategoryCascader';
import { PointField } from '../report/PointField';
import { RequestTypeChoice, UrgencyChoice } from './CallChoices';
import type { CallDraft } from './callDraft';

// The server's own rule for a phone number: digits, spaces and dashes, an optional leading +.
const phonePattern = /^\+?[0-9 -]{5,20}$/;

interface Props {
  initialValues: CallDraft;
  categories: CategoryClass[] | null;
  settings: CitySettings | null;
  busy: boolean;
  retry: boolean;
  onFinish(values: CallDraft): void;
}

/** The fields of a 12345 call, in the order the caller usually gives them. */
export function TakeCallForm({ initialValues, categories, settings, busy, retry, onFinish }: Props) {
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
      <Form.Item
        name="categoryCode"
        label={t('hotline.category')}
        rules={[{ required: true, message: t('hotline.categoryRequired') }]}
      >
        <CategoryCascader
          classes={categories ?? []}
          loading={categories === null}
          style={{ width: '100%' }}
          data-testid="call-category"
        />
      </Form.Item>
      <Form.Item
        name="point"
        label={t('hotline.point')}
        rules={[{ required: true, message: t('hotline.pointRequired') }]}
      >
        <PointField />
      </Form.Item>
      <Form.Item name="address" label={t('hotline.address')}>
        <Input maxLength={200} data-testid="call-address" />
      </Form.Item>
      <Form.Item
        name="description"
        label={t('hotline.description')}
        rules={[{ required: true, whitespace: true, message: t('hotline.descriptionRequired') }]}
      >
        <Input.TextArea rows={3} maxLength={4000} showCount data-testid="call-description" />
      </Form.Item>
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
