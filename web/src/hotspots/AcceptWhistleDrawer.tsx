import type { AcceptHotspotInput, HotspotProposal, WhistleLevel } from '@needle/contract';
import { Button, DatePicker, Drawer, Flex, Form, Input, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { FormFrame } from '../common/FormModal';
import { useCitySettings } from '../common/useCitySettings';
import { useIsPhone } from '../layout/useIsPhone';
import { CallsField } from '../whistles/CallsField';
import { DeadlineField } from '../whistles/DeadlineField';
import { type IssueValues, issueInput } from '../whistles/issueInput';
import { useCallTargets } from '../whistles/useCallTargets';
import { useAcceptProposal } from './hotspotsApi';
import { formatExpected, scoreFacts } from './scoreFacts';

interface Props {
  p: HotspotProposal;
  category: string;
  office: { level: WhistleLevel; regionCode: string };
  onDone(p: HotspotProposal): void;
  onClose(): void;
}

type Values = Omit<IssueValues, 'caseIds'>;

/**
 * 吹哨 on a proposal: the whistle form's own fields (who is called and for what, the place, the
 * deadline), drafted from the proposal; its cases are linked by the server, and the order meets at
 * the place's middle.
 */
export function AcceptWhistleDrawer({ p, category, office, onDone, onClose }: Props) {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const [form] = Form.useForm<Values>();
  const defaultHours = useCitySettings().data?.whistleReportHours ?? null;
  const targets = useCallTargets(office.level, office.regionCode);
  const accept = useAcceptProposal(p.id);
  // The setting arrives after the form opens: shown as the starting value unless already typed over.
  useEffect(() => {
    if (defaultHours !== null && form.getFieldValue('deadlineHours') === undefined) {
      form.setFieldValue('deadlineHours', defaultHours);
    }
  }, [defaultHours, form]);
  const figures = {
    street: p.streetName,
    category,
    days: scoreFacts(p).days,
    observed: p.observed,
    expected: formatExpected(p.expected),
  };

  return (
    <Drawer
      open
      title={t('hotspots.acceptWhistle.title')}
      size={phone ? '100%' : 640}
      onClose={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('hotspots.acceptWhistle.intro')}</Typography.Paragraph>
      <FormFrame<Values, AcceptHotspotInput, HotspotProposal>
        form={form}
        mutation={accept}
        toVariables={(values) => {
          const { caseIds: _none, ...whistle } = issueInput(values, defaultHours);
          return { as: 'whistle', whistle: { ...whistle, lat: p.lat, lng: p.lng } };
        }}
        onDone={onDone}
        initialValues={{
          title: t('hotspots.acceptWhistle.orderTitle', figures),
          task: t('hotspots.acceptWhistle.task', figures),
          place: p.streetName,
          deadlineMode: 'hours',
          calls: [{}],
        }}
        testId="accept-whistle"
      >
        <Form.Item
          name="title"
          label={t('whistle.orderTitle')}
          rules={[{ required: true, whitespace: true, message: t('whistle.orderTitleRequired') }]}
        >
          <Input maxLength={100} data-testid="accept-whistle-title" />
        </Form.Item>
        <Form.Item
          name="task"
          label={t('whistle.task')}
          rules={[{ required: true, whitespace: true, message: t('whistle.taskRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={4000} data-testid="accept-whistle-task" />
        </Form.Item>
        <Form.Item
          name="place"
          label={t('whistle.place')}
          rules={[{ required: true, whitespace: true, message: t('whistle.placeRequired') }]}
        >
          <Input maxLength={200} data-testid="accept-whistle-place" />
        </Form.Item>
        <DeadlineField />
        <Form.Item name="meetAt" label={t('whistle.meetAt')}>
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
        </Form.Item>
        <Form.Item label={t('whistle.calls')} required>
          <CallsField groups={targets.groups} loading={targets.loading} />
        </Form.Item>
        <Flex gap={8} justify="end">
          <Button onClick={onClose}>{t('whistle.cancelForm')}</Button>
          <Button
            type="primary"
            htmlType="submit"
            loading={accept.isPending}
            data-testid="accept-whistle-submit"
          >
            {t('hotspots.acceptWhistle.submit')}
          </Button>
        </Flex>
      </FormFrame>
    </Drawer>
  );
}
