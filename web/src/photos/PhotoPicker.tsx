import { Button, Flex, Upload, type UploadFile } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { shrinkPhoto } from './shrinkPhoto';

/** A photo chosen for a report, kept on the phone. */
export interface PickedPhoto {
  uid: string;
  name: string;
  /** The photo as it will be sent, once shrunk: a report sent at once waits for it. */
  shrunk: Promise<Blob>;
  /** An object URL of the shrunk photo, for its thumbnail; missing while it is being shrunk. */
  previewUrl?: string;
}

/** A photo kept on the phone, shown again (a report from the outbox). */
export function pickedPhoto(blob: Blob, index: number): PickedPhoto {
  return {
    uid: `kept-${index}`,
    name: `photo-${index + 1}.jpg`,
    shrunk: Promise.resolve(blob),
    previewUrl: URL.createObjectURL(blob),
  };
}

interface Props {
  value?: PickedPhoto[];
  onChange?(photos: PickedPhoto[]): void;
  max: number;
  'data-testid'?: string;
}

let picked = 0;

/**
 * Photos from the camera or the gallery, shrunk on the phone and kept there until the report is sent:
 * nothing is uploaded here, so a report can be made with no network at all. (Case actions upload at
 * once with <PhotoUpload>, being online anyway.)
 */
export function PhotoPicker({ value = [], onChange, max, ...rest }: Props) {
  const { t } = useTranslation();
  // Several files chosen at once arrive one by one before the next render: each adds to the last list.
  const latest = useRef(value);
  latest.current = value;
  const update = (change: (photos: PickedPhoto[]) => PickedPhoto[]) => {
    latest.current = change(latest.current);
    onChange?.(latest.current);
  };

  const add = (file: File) => {
    if (latest.current.length >= max) return Upload.LIST_IGNORE;
    picked += 1;
    const uid = `picked-${picked}`;
    const shrunk = shrinkPhoto(file);
    update((photos) => [...photos, { uid, name: file.name, shrunk }]);
    void shrunk.then((blob) =>
      update((photos) =>
        photos.map((photo) =>
          photo.uid === uid ? { ...photo, previewUrl: URL.createObjectURL(blob) } : photo,
        ),
      ),
    );
    return Upload.LIST_IGNORE;
  };

  const remove = (uid: string) => {
    const gone = latest.current.find((photo) => photo.uid === uid);
    if (gone?.previewUrl) URL.revokeObjectURL(gone.previewUrl);
    update((photos) => photos.filter((photo) => photo.uid !== uid));
  };

  // The previews go with the form: a report sent or abandoned has no more use for them.
  useEffect(
    () => () => {
      for (const photo of latest.current) if (photo.previewUrl) URL.revokeObjectURL(photo.previewUrl);
    },
    [],
  );

  const fileList = value.map(
    (photo): UploadFile => ({
      uid: photo.uid,
      name: photo.name,
      status: photo.previewUrl ? 'done' : 'uploading',
      url: photo.previewUrl,
      thumbUrl: photo.previewUrl,
    }),
  );
  const room = value.length < max;

  return (
    <Flex vertical gap={8} align="flex-start">
      <div data-testid={rest['data-testid']}>
        <Upload
          listType="picture-card"
          // Phones offer the camera or the gallery for images.
          accept="image/*"
          multiple
          fileList={fileList}
          beforeUpload={add}
          onRemove={(file) => {
            remove(file.uid);
            return false;
          }}
        >
          {room && (
            <button type="button" style={{ border: 0, background: 'none', cursor: 'pointer' }}>
              <div style={{ fontSize: 20, lineHeight: 1 }}>+</div>
              <div style={{ marginTop: 8 }}>{t('photos.add')}</div>
            </button>
          )}
        </Upload>
      </div>
      {room && (
        // Straight to the rear camera, where the browser honours the hint; elsewhere it is the same picker.
        <Upload accept="image/*" capture="environment" showUploadList={false} beforeUpload={add}>
          <Button size="small" data-testid={`${rest['data-testid'] ?? 'photos'}-camera`}>
            {t('offline.photos.camera')}
          </Button>
        </Upload>
      )}
    </Flex>
  );
}
