import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Descriptions, Flex, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type MaskedResident, revealResident } from '../api/registry';
import { errorText } from '../i18n/errorText';

/** 查看完整信息: asks why, then shows the full values once; the server records who looked and why. */
export function RevealModal({ resident, onClose }: { resident: MaskedResident; onClose(): void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const reveal = useMutation({ mutationFn: () => revealResident(resident.id, reason.trim()) });
  return (
    <Modal open title={t('registry.reveal')} onCancel={onClose} footer={null} destroyOnHidden>
      <Flex vertical gap={12}>
        <Alert type="info" showIcon title={t('registry.revealNotice')} />
        {reveal.data ? (
          <Descriptions column={1} size="small" bordered data-testid="revealed">
            <Descriptions.Item label={t('registry.name')}>{reveal.data.name}</Descriptions.Item>
            <Descriptions.Item label={t('registry.idNumber')}>
              {reveal.data.idNumber ?? '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('registry.phone')}>{reveal.data.phone ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('registry.home')}>
              {`${reveal.data.building} ${reveal.data.unit} ${reveal.data.room}`}
            </Descriptions.Item>
          </Descriptions>
        ) : (
          <>
            <Input.TextArea
              rows={2}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              placeholder={t('registry.reasonPlaceholder')}
              aria-label={t('registry.reason')}
            />
            {reveal.error && <Alert type="error" showIcon title={errorText(t, reveal.error)} />}
            <Button
              type="primary"
              disabled={reason.trim().length < 4}
              loading={reveal.isPending}
              onClick={() => reveal.mutate()}
              data-testid="reveal-submit"
            >
              {t('registry.revealSubmit')}
            </Button>
          </>
        )}
      </Flex>
    </Modal>
  );
}
