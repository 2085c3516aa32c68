import { App, Button, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cancelWhistle, closeWhistle } from '../api/whistles';
import { NoteModal } from '../common/NoteModal';
import { useWhistleStep } from './whistleQueries';

type Command = 'close' | 'cancel';

/**
 * For the issuing office while the order is open. Closing needs its cases closed (or, for a campaign,
 * every call completed); the server says which is missing, so the button is not hidden for it.
 */
export function OrderCommands({ orderId }: { orderId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [asking, setAsking] = useState<Command | null>(null);
  const mutations = {
    close: useWhistleStep((note: string) => closeWhistle(orderId, note)),
    cancel: useWhistleStep((reason: string) => cancelWhistle(orderId, reason)),
  };
  // The close note is optional; a cancellation says why.
  const forms = {
    close: { label: t('whistle.closeNote'), requiredMessage: undefined },
    cancel: { label: t('whistle.cancelReason'), requiredMessage: t('whistle.reasonRequired') },
  };
  return (
    <Flex gap={8}>
      <Button onClick={() => setAsking('close')} data-testid="whistle-close">
        {t('whistle.close')}
      </Button>
      <Button danger onClick={() => setAsking('cancel')} data-testid="whistle-cancel">
        {t('whistle.cancel')}
      </Button>
      {asking && (
        <NoteModal
          key={asking}
          title={t(`whistle.${asking}`)}
          {...forms[asking]}
          mutation={mutations[asking]}
          onCancel={() => setAsking(null)}
          onDone={() => {
            message.success(t('whistle.done', { action: t(`whistle.${asking}`) }));
            setAsking(null);
          }}
          testId={asking}
        />
      )}
    </Flex>
  );
}
