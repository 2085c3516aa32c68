import type { ArrivalInput, WhistleDetail } from '@needle/contract';
import { Alert, Button, Flex, Form, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal, type FormSubmission } from '../common/FormModal';
import { type PhotoFile, PhotoUpload, uploadedPhotoIds } from '../photos/PhotoUpload';
import { PointField } from '../report/PointField';
import type { ReportPoint } from '../report/reportDraft';
import { useDeviceLocation } from '../report/useDeviceLocation';

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

interface PlaceProps {
  value?: ReportPoint;
  onChange?(point: ReportPoint): void;
}

/**
 * Where the unit reports in: the device's own position, asked for as soon as the form opens (报到 is
 * made where one stands), with the map to pick from when the device cannot tell or is wrong.
 */
function ArrivalPlace({ value, onChange }: PlaceProps) {
  const { t } = useTranslation();
  const [onMap, setOnMap] = useState(false);
  // The form hands a new onChange on each render; the device's answer goes to the latest one.
  const report = useRef(onChange);
  report.current = onChange;
  const found = useCallback((point: ReportPoint) => report.current?.(point), []);
  const device = useDeviceLocation(found);
  const { locate } = device;
  useEffect(() => {
    locate();
  }, [locate]);

  if (onMap || device.state.status === 'unavailable') {
    return (
      <Flex vertical gap={8}>
        {device.state.status === 'unavailable' && (
          <Alert type="warning" showIcon title={t('report.locationUnavailable')} />
        )}
        <PointField value={value} onChange={onChange} />
      </Flex>
    );
  }
  const locating = device.state.status === 'locating';
  return (
    <Flex vertical gap={8}>
      <Typography.Text
        data-testid="arrive-point"
        data-lat={value?.lat}
        data-lng={value?.lng}
        type={value ? undefined : 'secondary'}
      >
        {value && !locating
          ? t('tasks.arrive.located', { lat: value.lat.toFixed(5), lng: value.lng.toFixed(5) })
          : t('tasks.arrive.locating')}
      </Typography.Text>
      <Flex gap={8} wrap>
        <Button loading={locating} onClick={locate} data-testid="arrive-relocate">
          {t('tasks.arrive.relocate')}
        </Button>
        <Button type="link" onClick={() => setOnMap(true)} data-testid="arrive-on-map">
          {t('tasks.arrive.onMap')}
        </Button>
      </Flex>
    </Flex>
  );
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
        <ArrivalPlace />
      </Form.Item>
      <Form.Item
        name="photos"
        label={t('whistle.arrivePhoto')}
        required
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
