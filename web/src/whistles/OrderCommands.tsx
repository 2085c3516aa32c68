import { App, Button, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cancelWhistle, closeWhistle } from '../api/whistles';
import type { WhistleDetail } from '../api/whistleTypes';
import { NoteModal } from '../common/NoteModal';

interface Props {
  detail: WhistleDetail;
  onDone(detail: WhistleDetail): void;
}

/**
 * For the issuing office while the order is open. Closing needs its cases closed (or, for a campaign,
 * every call completed); the server says which is missing, so the button is not hidden for it.
 */
export function OrderCommands({ detail, onDone }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [asking, setAsking] = useState<'close' | 'cancel' | null>(null);
  const id = detail.order.id;
  const finish = (command: 'close' | 'cancel') => (updated: WhistleDetail) => {
    message.success(t('whistle.done', { action: t(`whistle.${command}`) }));
    setAsking(null);
    onDone(updated);
  };
  return (
    <Flex gap={8}>
      <Button onClick={() => setAsking('close')} data-testid="whistle-close">
        {t('whistle.close')}
      </Button>
      <Button danger onClick={() => setAsking('cancel')} data-testid="whistle-cancel">
        {t('whistle.cancel')}
      </Button>
      {asking === 'close' && (
        <NoteModal
          title={t('whistle.close')}
          label={t('whistle.closeNote')}
          onCancel={() => setAsking(null)}
          onSubmit={async (note) => finish('close')(await closeWhistle(id, note))}
          testId="close"
        />
      )}
      {asking === 'cancel' && (
        <NoteModal
          title={t('whistle.cancel')}
          label={t('whistle.cancelReason')}
          requiredMessage={t('whistle.reasonRequired')}
          onCancel={() => setAsking(null)}
          onSubmit={async (reason) => finish('cancel')(await cancelWhistle(id, reason))}
          testId="cancel"
        />
      )}
    </Flex>
  );
}
