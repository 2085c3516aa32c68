import type { WhistleCall } from '@needle/contract';
import { Flex, Image, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { photoUrl, thumbnailUrl } from '../api/photos';
import { formatTime } from '../i18n/formatTime';

// A grey square when the photo may not be shown to this viewer: the server lets the uploader and the
// area's higher levels see it, not always the street that checks the report-in.
const missingPhoto =
  'data:image/svg+xml;utf8,<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><rect width="40" height="40" fill="%23f0f0f0"/></svg>';

export function StepTime({ at, testId }: { at: string | null; testId: string }) {
  return (
    <Typography.Text style={{ fontSize: 12 }} data-testid={testId} data-done={at !== null}>
      {at ? formatTime(at) : '—'}
    </Typography.Text>
  );
}

/** 报到: when, flagged 迟到 when after the deadline or 超时未报到 when still missing; and its photo. */
export function ArrivalCell({ call }: { call: WhistleCall }) {
  const { t } = useTranslation();
  return (
    <Flex gap={4} align="center" wrap>
      <StepTime at={call.arrivedAt} testId="call-arrived-at" />
      {call.late && (
        <Tag color="red" data-testid="call-late">
          {t('whistle.late')}
        </Tag>
      )}
      {call.overdue && <Tag color="volcano">{t('whistle.overdue')}</Tag>}
      {call.arrivalPhotoId && (
        <Image
          src={thumbnailUrl(call.arrivalPhotoId)}
          preview={{ src: photoUrl(call.arrivalPhotoId) }}
          fallback={missingPhoto}
          width={40}
          height={40}
          alt={t('whistle.photo')}
          style={{ objectFit: 'cover', borderRadius: 4 }}
        />
      )}
    </Flex>
  );
}
