import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Flex, Input, InputNumber, Modal, Radio, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchChecklist, type InspectionTarget, recordInspection } from '../api/inspections';
import { errorText } from '../i18n/errorText';
import { newIdempotencyKey } from '../report/idempotencyKey';

/** The inspection form: each checklist item passed or failed, what is wrong, and days to put it right. */
export function InspectModal({ target, onClose }: { target: InspectionTarget; onClose(): void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const checklist = useQuery({
    queryKey: ['checklist', target.kind],
    queryFn: ({ signal }) => fetchChecklist(target.kind, signal),
  });
  const [failed, setFailed] = useState<Record<string, string>>({});
  const [days, setDays] = useState(7);
  const [key] = useState(newIdempotencyKey);
  const send = useMutation({
    mutationFn: () =>
      recordInspection(
        {
          targetId: target.id,
          results: (checklist.data ?? []).map((item) =>
            item in failed ? { item, ok: false, note: failed[item] || item } : { item, ok: true },
          ),
          fixWithinDays: days,
        },
        key,
      ),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['inspections'] }),
  });
  return (
    <Modal
      open
      title={`${t('inspections.inspect')} · ${target.name}`}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
    >
      {send.data ? (
        <Flex vertical gap={12}>
          <Alert
            type={send.data.passed ? 'success' : 'warning'}
            showIcon
            data-testid="inspection-done"
            title={
              send.data.passed
                ? t('inspections.passed')
                : t('inspections.issued', { count: send.data.orders.length })
            }
          />
          <Button onClick={onClose}>OK</Button>
        </Flex>
      ) : (
        <Flex vertical gap={12}>
          {(checklist.data ?? []).map((item) => (
            <Flex key={item} vertical gap={4} data-testid="check-item" data-item={item}>
              <Flex justify="space-between" align="center" gap={8}>
                <Typography.Text>{item}</Typography.Text>
                <Radio.Group
                  value={item in failed ? 'fail' : 'pass'}
                  onChange={(e) =>
                    setFailed(({ [item]: _gone, ...rest }) =>
                      e.target.value === 'fail' ? { ...rest, [item]: '' } : rest,
                    )
                  }
                  optionType="button"
                  options={[
                    { value: 'pass', label: t('inspections.pass') },
                    { value: 'fail', label: t('inspections.fail') },
                  ]}
                />
              </Flex>
              {item in failed && (
                <Input
                  placeholder={t('inspections.finding')}
                  value={failed[item]}
                  onChange={(e) => setFailed((f) => ({ ...f, [item]: e.target.value }))}
                />
              )}
            </Flex>
          ))}
          <Flex align="center" gap={8}>
            <Typography.Text>{t('inspections.fixWithinDays')}</Typography.Text>
            <InputNumber min={1} max={90} value={days} onChange={(v) => setDays(v ?? 7)} />
          </Flex>
          {send.error && <Alert type="error" showIcon title={errorText(t, send.error)} />}
          <Button
            type="primary"
            loading={send.isPending}
            onClick={() => send.mutate()}
            data-testid="inspection-submit"
          >
            {t('inspections.submit')}
          </Button>
        </Flex>
      )}
    </Modal>
  );
}
