import type { HotspotProposal } from '@needle/contract';
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../common/FormModal';
import { useDismissProposal } from './hotspotsApi';

interface Props {
  p: HotspotProposal;
  onDone(p: HotspotProposal): void;
  onCancel(): void;
}

/** 驳回: never without the reason, which the proposal keeps for whoever looks later. */
export function DismissModal({ p, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const dismiss = useDismissProposal(p.id);
  return (
    <FormModal<{ reason: string }, string, HotspotProposal>
      title={t('hotspots.dismiss.title')}
      mutation={dismiss}
      toVariables={(v) => v.reason.trim()}
      onDone={onDone}
      onCancel={onCancel}
      testId="dismiss"
    >
      <Form.Item
        name="reason"
        label={t('hotspots.dismiss.reason')}
        required
        rules={[
          {
            validator: async (_, value: string | undefined) => {
              if ((value ?? '').trim().length < 2) throw new Error(t('hotspots.dismiss.reasonRequired'));
            },
          },
        ]}
      >
        <Input.TextArea
          rows={3}
          maxLength={500}
          showCount
          placeholder={t('hotspots.dismiss.placeholder')}
          data-testid="dismiss-reason"
        />
      </Form.Item>
    </FormModal>
  );
}
