import { Typography } from 'antd';

/** The code the resident shows the merchant: large, spaced and monospace, so 8 and B read apart at a counter. */
export function PickupCode({ code, size = 34 }: { code: string; size?: number }) {
  return (
    <Typography.Text
      strong
      copyable={{ text: code }}
      style={{ fontFamily: 'monospace', fontSize: size, letterSpacing: size / 8, lineHeight: 1.2 }}
      data-testid="shop-pickup-code"
    >
      {code}
    </Typography.Text>
  );
}
