import { Alert, Form, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArrivalInput } from '../api/whistleTypes';
import { errorText } from '../i18n/errorText';
import { type PhotoFile, PhotoUpload, uploadedPhotoIds } from '../photos/PhotoUpload';
import { PointField } from '../report/PointField';
import type { ReportPoint } from '../report/reportDraft';

interface Values {
  point?: ReportPoint;
  photos?: PhotoFile[];
}

interface Props {
  deadline: string;
  onCancel(): void;
  onSubmit(input: ArrivalInput): Promise<void>;
}

/** 报到: where the unit is, with a photo it took there — the proof of presence the street relies on. */
export function ArriveModal({ deadline, onCancel, onSubmit }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);
  const late = Date.now() > new Date(deadline).getTime();

  async function submit() {
    const { point, photos } = await form.validateFields();
    const [photoId] = uploadedPhotoIds(photos);
    if (!point || !photoId) return;
    setSubmitting(true);
    setError(null);
    try {
      await onSubmit({ lat: point.lat, lng: point.lng, photoId });
    } catch (caught) {
      setError(caught);
      setSubmitting(false);
    }
  }

  return (
    <Modal
      open
      width={640}
      title={t('whistle.arriveTitle')}
      okText={t('whistle.submitForm')}
      cancelText={t('whistle.cancelForm')}
      onOk={() => void submit().catch(() => {})}
      onCancel={onCancel}
      confirmLoading={submitting}
      okButtonProps={{ 'data-testid': 'arrive-submit' }}
      destroyOnHidden
    >
      {late && (
        <Alert type="warning" showIcon title={t('whistle.lateWarning')} style={{ marginBottom: 12 }} />
      )}
      {error !== null && (
        <Alert type="error" showIcon title={errorText(t, error)} style={{ marginBottom: 12 }} />
      )}
      <Form<Values> form={form} layout="vertical">
        <Form.Item
          name="point"
          label={t('whistle.arriveLocation')}
          rules={[{ required: true, message: t('whistle.arriveLocationRequired') }]}
        >
          <PointField />
        </Form.Item>
        <Form.Item
          name="photos"
          label={t('whistle.arrivePhoto')}
          rules={[
            {
              validator: async (_, files: PhotoFile[] | undefined) => {
                if (uploadedPhotoIds(files).length === 0) throw new Error(t('whistle.arrivePhotoRequired'));
              },
            },
          ]}
        >
          <PhotoUpload max={1} data-testid="arrive-photo" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
