import { type ButtonProps, ConfigProvider } from 'antd';
import type { ReactNode } from 'react';
import { useIsPhone } from '../layout/useIsPhone';

// A thumb's target (≥ 44 px); OK and Cancel share the modal's width between them.
const thumbButton: ButtonProps = { size: 'large', style: { flex: 1, height: 44 } };

/**
 * On a phone, the step forms opened inside get buttons as wide as the modal and tall enough for a
 * thumb. antd already keeps a modal 16 px inside each edge of a narrow screen.
 */
export function PhoneModals({ children }: { children: ReactNode }) {
  const phone = useIsPhone();
  if (!phone) return children;
  return (
    <ConfigProvider
      modal={{
        styles: { footer: { display: 'flex' } },
        okButtonProps: thumbButton,
        cancelButtonProps: thumbButton,
      }}
    >
      {children}
    </ConfigProvider>
  );
}
