import { Form, Input, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attendance } from '../api/volunteers';
import { FormModal, type FormSubmission } from '../common/FormModal';

interface Detector {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}
type DetectorClass = new (options: { formats: string[] }) => Detector;

/** The browser's own QR reader (Chrome on Android has it); Safari and Firefox do not, and type the code. */
const detectorClass = (): DetectorClass | undefined =>
  (globalThis as unknown as { BarcodeDetector?: DetectorClass }).BarcodeDetector;

/**
 * 扫码签到 / 签退: the camera reads the on-site code where the browser can, and a field always takes the
 * code typed or pasted (no camera, no permission, or a code read aloud).
 */
export function ScanModal({
  title,
  testId,
  ...submission
}: FormSubmission<string, Attendance> & { title: string; testId: string }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ token: string }>();
  return (
    <FormModal<{ token: string }, string, Attendance>
      form={form}
      title={title}
      testId={testId}
      toVariables={({ token }) => token.trim()}
      {...submission}
    >
      <Camera
        onRead={(token) => {
          form.setFieldValue('token', token);
          form.submit();
        }}
      />
      <Form.Item
        name="token"
        label={t('volunteers.scan.token')}
        extra={t('volunteers.scan.tokenHint')}
        rules={[{ required: true, whitespace: true, message: t('volunteers.scan.tokenRequired') }]}
      >
        <Input autoComplete="off" maxLength={200} data-testid={`${testId}-token`} />
      </Form.Item>
    </FormModal>
  );
}

function Camera({ onRead }: { onRead(token: string): void }) {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const [works, setWorks] = useState(() => detectorClass() !== undefined);
  const read = useRef(onRead);
  read.current = onRead;
  useEffect(() => {
    const Detector = detectorClass();
    if (!Detector || !navigator.mediaDevices?.getUserMedia) {
      setWorks(false);
      return;
    }
    let stream: MediaStream | undefined;
    let timer: ReturnType<typeof setInterval> | undefined;
    let stopped = false;
    const detector = new Detector({ formats: ['qr_code'] });
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: 'environment' } })
      .then((media) => {
        stream = media;
        if (stopped || !video.current) return;
        video.current.srcObject = media;
        void video.current.play();
        timer = setInterval(() => {
          if (!video.current || video.current.readyState < 2) return;
          detector
            .detect(video.current)
            .then((codes) => {
              const found = codes[0]?.rawValue;
              if (found && !stopped) {
                stopped = true;
                clearInterval(timer);
                read.current(found);
              }
            })
            .catch(() => undefined);
        }, 400);
      })
      .catch(() => setWorks(false));
    return () => {
      stopped = true;
      clearInterval(timer);
      for (const track of stream?.getTracks() ?? []) track.stop();
    };
  }, []);
  if (!works) {
    return (
      <Typography.Paragraph type="secondary" data-testid="scan-no-camera">
        {t('volunteers.scan.noCamera')}
      </Typography.Paragraph>
    );
  }
  return (
    <div style={{ marginBottom: 12 }}>
      <Typography.Paragraph type="secondary">{t('volunteers.scan.camera')}</Typography.Paragraph>
      <video
        ref={video}
        muted
        playsInline
        style={{ width: '100%', maxHeight: 260, background: '#000', borderRadius: 8 }}
        data-testid="scan-camera"
      />
    </div>
  );
}
