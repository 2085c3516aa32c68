import type { ArrivalInput, WhistleDetail } from '@needle/contract';
import { Alert, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal, type FormSubmission } from '../common/FormModal';
import { type PhotoFile, PhotoUpload, uploadedPhotoIds } from '../photos/PhotoUpload';
import { PointField } from '../report/PointField';
import type { ReportPoint } from '../report/reportDraft';

interface Values {
  point?: ReportPoint;
  photos?: PhotoFile[];
}

interface Props extends FormSubmission<ArrivalInput, WhistleDetail> {
  deadline: string;
}

function toInput({ point, photos }: Values): ArrivalInput | undefined {
  const [photoId] = uploadedPhotoIds(photos);
  return point && photoId ? { lat: point.lat, lng: point.lng, photoId } : undefined;
}

/** 报到: where the unit is, with a photo it took there — the proof of presence the street relies on. */
export function ArriveModal({ deadline, ...submission }: Props) {
  const { t } = useTranslation();
  const late = Date.now() > new Date(deadline).getTime();
  return (
    <FormModal<Values, ArrivalInput, WhistleDetail>
      width={640}
      title={t('whistle.arriveTitle')}
      testId="arrive"
      toVariables={toInput}
      notice={
        late && (
          <Alert type="warning" showIcon title={t('whistle.lateWarning')} style={{ marginBottom: 12 }} />
        )
      }
      {...submission}
    >
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
    </FormModal>
  );
}
