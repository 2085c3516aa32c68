import { PrinterOutlined } from '@ant-design/icons';
import { Button, Flex, QRCode } from 'antd';
import { useRef } from 'react';
import { printCodeCard } from './printCodeCard';

interface Props {
  value: string;
  /** The card's lines: what hangs there, where, and what scanning it does. */
  card: { name: string; address: string; hint: string };
  printLabel: string;
  'data-testid'?: string;
}

/** A QR code on screen with the button that prints it as the card hung where it is scanned. */
export function PrintableCode({ value, card, printLabel, 'data-testid': testId }: Props) {
  const qr = useRef<HTMLDivElement>(null);
  const print = () => {
    const canvas = qr.current?.querySelector('canvas');
    if (canvas) printCodeCard({ ...card, qr: canvas.toDataURL('image/png') });
  };
  return (
    <Flex vertical align="center" gap={8}>
      <div ref={qr}>
        <QRCode value={value} size={220} />
      </div>
      <Button icon={<PrinterOutlined />} onClick={print} data-testid={testId}>
        {printLabel}
      </Button>
    </Flex>
  );
}
