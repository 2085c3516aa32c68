import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Flex, Segmented } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Errand, type ErrandStep, fetchErrands, stepErrand } from '../api/errands';
import { NoteModal } from '../common/NoteModal';
import { ErrandCard } from './ErrandCard';
import { TakeErrandModal } from './ErrandModals';

function ErrandActions({ errand }: { errand: Errand }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [cancelling, setCancelling] = useState(false);
  const step = useMutation({
    mutationFn: (body: ErrandStep) => stepErrand(errand.id, body),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['errands'] }),
  });
  if (errand.state === 'completed' || errand.state === 'cancelled') return null;
  const held = errand.documents.filter((d) => !d.returnedAt).map((d) => d.name);
  return (
    <Flex gap={8} wrap>
      {errand.state === 'received' && (
        <Button
          onClick={() => step.mutate({ state: 'submitted' })}
          loading={step.isPending}
          data-testid="errand-submit"
        >
          {t('errands.submit')}
        </Button>
      )}
      {errand.state === 'submitted' && (
        <Button
          type="primary"
          onClick={() => step.mutate({ state: 'completed', ...(held.length ? { returned: held } : {}) })}
          loading={step.isPending}
          data-testid="errand-complete"
        >
          {t('errands.complete')}
        </Button>
      )}
      <Button onClick={() => setCancelling(true)} data-testid="errand-cancel">
        {t('errands.cancel')}
      </Button>
      {cancelling && (
        <NoteModal<Errand>
          title={t('errands.cancel')}
          label={t('errands.cancelReason')}
          requiredMessage={t('errands.required')}
          testId="errand-cancel-note"
          mutation={{
            mutate: (note, options) => step.mutate({ state: 'cancelled', note }, options),
            isPending: step.isPending,
            error: step.error,
            reset: step.reset,
          }}
          onDone={() => setCancelling(false)}
          onCancel={() => setCancelling(false)}
        />
      )}
    </Flex>
  );
}

/** The errands staff and grid workers run: the open ones first, then everything. */
export function ErrandDesk() {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const [show, setShow] = useState<'open' | 'all'>('open');
  const errands = useQuery({ queryKey: ['errands'], queryFn: ({ signal }) => fetchErrands(signal) });
  const shown = (errands.data ?? []).filter(
    (e) => show === 'all' || e.state === 'received' || e.state === 'submitted',
  );
  return (
    <Flex vertical gap={12}>
      <Flex gap={8} wrap justify="space-between">
        <Segmented
          value={show}
          onChange={(v) => setShow(v as 'open' | 'all')}
          options={[
            { value: 'open', label: t('errands.showOpen') },
            { value: 'all', label: t('errands.showAll') },
          ]}
        />
        <Button type="primary" onClick={() => setAdding(true)} data-testid="errand-new">
          {t('errands.newErrand')}
        </Button>
      </Flex>
      {shown.map((e) => (
        <ErrandCard key={e.id} errand={e} actions={<ErrandActions errand={e} />} />
      ))}
      {adding && <TakeErrandModal onClose={() => setAdding(false)} />}
    </Flex>
  );
}
