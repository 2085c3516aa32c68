import { Alert, Button, Flex, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DoorCodeIssued } from '../api/voters';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The door code as it is issued: the only time the plain code exists outside the household's slip, so
 * it is shown big, with a printable slip of its own (the page around it is not printed).
 */
export function DoorCodeSlip({ issued, onClose }: { issued: DoorCodeIssued; onClose(): void }) {
  const { t } = useTranslation();
  const heading = t('deliberations.slip.heading', { place: issued.placeLabel });
  function print() {
    const slip = window.open('', '_blank', 'width=480,height=600');
    if (!slip) return;
    slip.document.write(
      `<!doctype html><meta charset="utf-8"><title>${escapeHtml(heading)}</title>` +
        '<body style="font-family:sans-serif;text-align:center;padding:32px">' +
        `<h2>${escapeHtml(heading)}</h2>` +
        `<p style="font:bold 32px monospace;letter-spacing:4px;border:2px dashed #333;padding:16px">${escapeHtml(issued.code)}</p>` +
        `<p>${escapeHtml(t('deliberations.slip.instructions'))}</p></body>`,
    );
    slip.document.close();
    slip.focus();
    slip.print();
  }
  return (
    <Modal
      open
      title={t('deliberations.slip.title')}
      onCancel={onClose}
      footer={
        <Button type="primary" onClick={print} data-testid="door-code-print">
          {t('deliberations.slip.print')}
        </Button>
      }
    >
      <Flex vertical gap={12} align="center">
        <Alert type="warning" showIcon title={t('deliberations.slip.once')} />
        <Typography.Text strong>{heading}</Typography.Text>
        <Typography.Text
          copyable
          code
          style={{ fontSize: 24, letterSpacing: 2, wordBreak: 'break-all' }}
          data-testid="door-code"
        >
          {issued.code}
        </Typography.Text>
        <Typography.Text type="secondary">{t('deliberations.slip.instructions')}</Typography.Text>
      </Flex>
    </Modal>
  );
}
