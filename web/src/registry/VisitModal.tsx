import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Flex, Form, Image, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { photoUrl, thumbnailUrl } from '../api/photos';
import { type CareDueRow, fetchCareVisits, recordVisit } from '../api/registry';
import { FormModal } from '../common/FormModal';
import { formatTime } from '../i18n/formatTime';
import { type PhotoFile, PhotoUpload, uploadedPhotoIds } from '../photos/PhotoUpload';
import { newIdempotencyKey } from '../report/idempotencyKey';

/** 记录走访: what was found at the door, with photos, above the resident's earlier visits. */
export function VisitModal({ row, onClose }: { row: CareDueRow; onClose(): void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  // One key per visit: a retry from a phone on a weak signal records it once.
  const [key] = useState(newIdempotencyKey);
  const earlier = useQuery({
    queryKey: ['registry', 'visits', row.residentId],
    queryFn: ({ signal }) => fetchCareVisits(row.residentId, signal),
  });
  const mutation = useMutation({
    mutationFn: (body: { residentId: string; note: string; photoIds?: string[] }) => recordVisit(body, key),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['registry'] }),
  });
  return (
    <FormModal<
      { note: string; photos?: PhotoFile[] },
      { residentId: string; note: string; photoIds?: string[] },
      unknown
    >
      title={`${t('registry.recordVisit')} · ${row.name}`}
      testId="visit"
      mutation={mutation}
      onDone={onClose}
      onCancel={onClose}
      initialValues={{ note: t('registry.visitNote') }}
      toVariables={({ note, photos }) => {
        const photoIds = uploadedPhotoIds(photos);
        return { residentId: row.residentId, note: note.trim(), ...(photoIds.length ? { photoIds } : {}) };
      }}
    >
      <Form.Item
        name="note"
        label={t('registry.visitNoteLabel')}
        rules={[{ required: true, whitespace: true, message: t('registry.required') }]}
      >
        <Input.TextArea rows={3} maxLength={1000} data-testid="visit-note" />
      </Form.Item>
      <Form.Item name="photos" label={t('registry.visitPhotos')}>
        <PhotoUpload max={9} data-testid="visit-photos" />
      </Form.Item>
      {(earlier.data?.length ?? 0) > 0 && (
        <Flex vertical gap={6} data-testid="visit-history">
          <Typography.Text strong>{t('registry.visitHistory')}</Typography.Text>
          {earlier.data?.slice(0, 5).map((v) => (
            <Flex key={v.id} vertical gap={4}>
              <Typography.Text type="secondary">{`${formatTime(v.visitedAt)} ${v.visitedBy} · ${v.note}`}</Typography.Text>
              {v.photoIds.length > 0 && (
                <Image.PreviewGroup>
                  <Flex gap={4} wrap>
                    {v.photoIds.map((id) => (
                      <Image
                        key={id}
                        width={64}
                        height={64}
                        style={{ objectFit: 'cover' }}
                        src={thumbnailUrl(id)}
                        preview={{ src: photoUrl(id) }}
                        data-testid="visit-photo"
                      />
                    ))}
                  </Flex>
                </Image.PreviewGroup>
              )}
            </Flex>
          ))}
        </Flex>
      )}
    </FormModal>
  );
}
