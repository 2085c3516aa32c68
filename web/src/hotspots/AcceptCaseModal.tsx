import type { AcceptHotspotInput, HotspotProposal } from '@needle/contract';
import { Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../common/FormModal';
import { useAcceptProposal } from './hotspotsApi';
import { formatExpected, scoreFacts } from './scoreFacts';

interface Values {
  description: string;
  address?: string;
}

interface Props {
  p: HotspotProposal;
  category: string;
  onDone(p: HotspotProposal): void;
  onCancel(): void;
}

/** 主动立案: a proactive case at the place, its description drafted from the proposal's figures. */
export function AcceptCaseModal({ p, category, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const accept = useAcceptProposal(p.id);
  const draft = t('hotspots.acceptCase.draft', {
    street: p.streetName,
    days: scoreFacts(p).days,
    category,
    observed: p.observed,
    expected: formatExpected(p.expected),
  });
  return (
    <FormModal<Values, AcceptHotspotInput, HotspotProposal>
      title={t('hotspots.acceptCase.title')}
      mutation={accept}
      toVariables={(v) => ({
        as: 'proactive_case',
        description: v.description.trim(),
        address: v.address?.trim() || undefined,
      })}
      onDone={onDone}
      onCancel={onCancel}
      initialValues={{ description: draft }}
      testId="accept-case"
    >
      <Typography.Paragraph type="secondary">{t('hotspots.acceptCase.intro')}</Typography.Paragraph>
      <Form.Item
        name="description"
        label={t('hotspots.acceptCase.description')}
        rules={[{ required: true, whitespace: true, message: t('hotspots.acceptCase.descriptionRequired') }]}
      >
        <Input.TextArea rows={4} maxLength={4000} showCount data-testid="accept-case-description" />
      </Form.Item>
      <Form.Item name="address" label={t('hotspots.acceptCase.address')}>
        <Input maxLength={200} data-testid="accept-case-address" />
      </Form.Item>
    </FormModal>
  );
}
