import type { AddressMatch } from '@needle/contract';
import { Alert, Button, Checkbox, Col, Flex, Form, Input, Row, Typography } from 'antd';
import { latLng } from 'leaflet';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AddressSearch } from '../addresses/AddressSearch';
import type { CitySettings } from '../api/settings';
import { useLocate } from '../map/useLocate';
import { CategoryItem, DescriptionItem, phonePattern } from '../report/ProblemFields';
import type { ReportPoint } from '../report/reportDraft';
import { RequestTypeChoice, UrgencyChoice } from './CallChoices';
import { CallDueAt } from './CallDueAt';
import { CallerHistoryPanel } from './CallerHistoryPanel';
import { CallPointField } from './CallPointField';
import type { CallDraft } from './callDraft';
import { communityMismatch, type PickedAddress, typedCommunity } from './communityMismatch';
import { isSaveShortcut } from './saveShortcut';
import { useCommunities } from './useCommunities';

interface Props {
  initialValues: CallDraft;
  settings: CitySettings | null;
  busy: boolean;
  retry: boolean;
  onFinish(values: CallDraft): void;
}

/**
 * A call in progress, in the order the caller gives it: the number first (their earlier tickets come up
 * at once), then who, what kind, how urgent (and so when due), where (a gazetteer search drops the
 * pin), what. A typed address and a pin in different communities must be confirmed before saving.
 */
export function TakeCallForm({ initialValues, settings, busy, retry, onFinish }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<CallDraft & { communityChecked?: boolean }>();
  const requestType = Form.useWatch('requestType', form);
  const urgency = Form.useWatch('urgency', form);
  const answeredOnCall = Form.useWatch('answeredOnCall', form);
  const phone = Form.useWatch('callerPhone', form);
  const address = Form.useWatch('address', form) ?? '';
  const point = Form.useWatch('point', form);
  const [picked, setPicked] = useState<PickedAddress | null>(null);
  const [focus, setFocus] = useState<{ point: ReportPoint; seq: number } | null>(null);
  const { locating, locate } = useLocate();
  const communities = useCommunities();

  // A 疑难复杂 call usually needs the desk to choose its unit; the operator can still send it straight.
  useEffect(() => {
    if (urgency === 'complex') form.setFieldValue('toDispatchDesk', true);
  }, [form, urgency]);

  useEffect(() => {
    if (point) locate(latLng(point.lat, point.lng));
  }, [point, locate]);

  const pinned = locating.status === 'found' ? locating.located.community : null;
  const mismatch = communityMismatch(typedCommunity(address, picked, communities), pinned);
  const mismatchKey = mismatch ? `${mismatch.typed.code}/${mismatch.pinned.code}` : '';
  // A new disagreement needs its own confirmation: one given for another pair does not carry over.
  useEffect(() => {
    form.setFieldValue('communityChecked', false);
    if (!mismatchKey) void form.validateFields(['communityChecked']).catch(() => undefined);
  }, [form, mismatchKey]);

  const moveTo = useCallback(
    (at: ReportPoint) => setFocus((last) => ({ point: at, seq: (last?.seq ?? 0) + 1 })),
    [],
  );

  function pick(match: AddressMatch) {
    const at = { lat: match.lat, lng: match.lng };
    setPicked({ text: match.text, community: match.community });
    form.setFieldValue('point', at);
    void form.validateFields(['point']).catch(() => undefined);
    moveTo(at);
  }

  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onFinish={({ communityChecked: _checked, ...call }) => onFinish(call)}
      onKeyDown={(event) => {
        if (!isSaveShortcut(event)) return;
        event.preventDefault();
        form.submit();
      }}
    >
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Row gutter={12}>
            <Col xs={24} sm={12}>
              <Form.Item
                name="callerPhone"
                label={t('hotline.callerPhone')}
                rules={[
                  { required: true, message: t('hotline.callerPhoneRequired') },
                  { pattern: phonePattern, message: t('hotline.phoneInvalid') },
                ]}
              >
                {/* Focus starts here: the number is on the phone's display before anyone speaks. */}
                <Input inputMode="tel" maxLength={20} autoFocus data-testid="call-caller-phone" />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item
                name="callerName"
                label={t('hotline.callerName')}
                rules={[{ required: true, whitespace: true, message: t('hotline.callerNameRequired') }]}
              >
                <Input maxLength={50} data-testid="call-caller-name" />
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
            extra={<CallDueAt urgency={urgency} />}
          >
            <UrgencyChoice settings={settings} />
          </Form.Item>
          <Form.Item name="address" label={t('addresses.search')}>
            <AddressSearch onPick={pick} near={point ?? null} testId="call-address" />
          </Form.Item>
          {mismatch && (
            <Alert
              type="warning"
              showIcon
              data-testid="community-mismatch"
              style={{ marginBottom: 12 }}
              title={t('callConsole.mismatch')}
              description={t('callConsole.mismatchDetail', {
                typed: mismatch.typed.name,
                pinned: mismatch.pinned.name,
              })}
            />
          )}
          {mismatch && (
            <Form.Item
              name="communityChecked"
              valuePropName="checked"
              rules={[
                {
                  validator: (_rule, checked) =>
                    checked
                      ? Promise.resolve()
                      : Promise.reject(new Error(t('callConsole.mismatchAckRequired'))),
                },
              ]}
            >
              <Checkbox data-testid="community-mismatch-ack">{t('callConsole.mismatchAck')}</Checkbox>
            </Form.Item>
          )}
          <CategoryItem texts="hotline" testId="call" />
          <DescriptionItem texts="hotline" testId="call" />
          {requestType === 'consult' && (
            <Form.Item name="answeredOnCall" valuePropName="checked">
              <Checkbox data-testid="call-answered">{t('hotline.answeredOnCall')}</Checkbox>
            </Form.Item>
          )}
          {!(requestType === 'consult' && answeredOnCall) && (
            <Form.Item name="toDispatchDesk" valuePropName="checked" extra={t('hotline.toDispatchDeskHint')}>
              <Checkbox data-testid="call-to-desk">{t('hotline.toDispatchDesk')}</Checkbox>
            </Form.Item>
          )}
        </Col>
        <Col xs={24} lg={12}>
          <Flex vertical gap={12}>
            <CallerHistoryPanel phone={phone} />
            <Form.Item
              name="point"
              label={t('hotline.point')}
              rules={[{ required: true, message: t('hotline.pointRequired') }]}
            >
              <CallPointField focus={focus} onFocus={moveTo} locating={locating} />
            </Form.Item>
          </Flex>
        </Col>
      </Row>
      <Flex align="center" gap={12} wrap>
        <Button type="primary" htmlType="submit" size="large" loading={busy} data-testid="call-submit">
          {retry ? t('hotline.retry') : t('callConsole.saveAndNext')}
        </Button>
        <Typography.Text keyboard>{t('callConsole.shortcut')}</Typography.Text>
      </Flex>
    </Form>
  );
}
