import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Flex, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { type Dispute, type DisputeInput, openDispute, type Settlement, settleDispute } from '../api/errands';
import { FormModal } from '../common/FormModal';
import { GridSelect } from '../registry/GridSelect';

const KINDS = ['neighbour', 'family', 'property', 'other'] as const;

/** 登记纠纷: where, what kind, what it is about, and at least two parties. */
export function OpenDisputeModal({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const mutation = useMutation({
    mutationFn: openDispute,
    onSuccess: () => void client.invalidateQueries({ queryKey: ['disputes'] }),
  });
  const required = [{ required: true, whitespace: true, message: t('errands.required') }];
  return (
    <FormModal<DisputeInput, DisputeInput, Dispute>
      title={t('errands.newDispute')}
      testId="dispute-new"
      mutation={mutation}
      onDone={onClose}
      onCancel={onClose}
      initialValues={{
        kind: 'neighbour',
        parties: [
          { name: '', side: '' },
          { name: '', side: '' },
        ],
      }}
      toVariables={(v) => ({
        ...v,
        summary: v.summary.trim(),
        parties: v.parties.map((p) => ({ name: p.name.trim(), side: p.side?.trim() ?? '' })),
      })}
    >
      <Form.Item name="regionCode" label={t('errands.grid')} rules={required}>
        <GridSelect data-testid="dispute-grid" />
      </Form.Item>
      <Form.Item name="kind" label={t('errands.kind')} rules={required}>
        <Select options={KINDS.map((k) => ({ value: k, label: t(`errands.disputeKinds.${k}`) }))} />
      </Form.Item>
      <Form.Item name="summary" label={t('errands.summary')} rules={required}>
        <Input.TextArea rows={3} maxLength={1000} data-testid="dispute-summary" />
      </Form.Item>
      <Form.List
        name="parties"
        rules={[
          {
            validator: async (_, parties?: unknown[]) => {
              if (!parties || parties.length < 2) throw new Error(t('errands.partiesRequired'));
            },
          },
        ]}
      >
        {(fields, { add, remove }, { errors }) => (
          <Flex vertical gap={4}>
            {fields.map((field, i) => (
              <Flex key={field.key} gap={8} align="start">
                <Form.Item name={[field.name, 'name']} rules={required} style={{ flex: 1, marginBottom: 8 }}>
                  <Input
                    placeholder={t('errands.partyName')}
                    maxLength={50}
                    data-testid={`party-name-${i}`}
                  />
                </Form.Item>
                <Form.Item name={[field.name, 'side']} style={{ flex: 1, marginBottom: 8 }}>
                  <Input placeholder={t('errands.partySide')} maxLength={30} />
                </Form.Item>
                {fields.length > 2 && <Button onClick={() => remove(field.name)}>−</Button>}
              </Flex>
            ))}
            <Form.ErrorList errors={errors} />
            {fields.length < 10 && (
              <Button type="dashed" onClick={() => add({ name: '', side: '' })}>
                {t('errands.addParty')}
              </Button>
            )}
          </Flex>
        )}
      </Form.List>
    </FormModal>
  );
}

/** 达成协议: what was agreed and the day to go back and see it holds. */
export function AgreeModal({ dispute, onClose }: { dispute: Dispute; onClose(): void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const mutation = useMutation({
    mutationFn: (body: Settlement) => settleDispute(dispute.id, body),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['disputes'] }),
  });
  return (
    <FormModal<{ agreement: string; followUpOn?: string }, Settlement, Dispute>
      title={t('errands.agree')}
      testId="dispute-agree"
      mutation={mutation}
      onDone={onClose}
      onCancel={onClose}
      toVariables={({ agreement, followUpOn }) => ({
        outcome: 'agreed',
        agreement: agreement.trim(),
        ...(followUpOn ? { followUpOn } : {}),
      })}
    >
      <Form.Item
        name="agreement"
        label={t('errands.agreement')}
        rules={[{ required: true, whitespace: true, message: t('errands.required') }]}
      >
        <Input.TextArea rows={3} maxLength={2000} data-testid="dispute-agreement" />
      </Form.Item>
      <Form.Item name="followUpOn" label={t('errands.followUpOn')}>
        <Input type="date" data-testid="dispute-follow-up-on" />
      </Form.Item>
    </FormModal>
  );
}
