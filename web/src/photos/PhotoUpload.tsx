import { App, Upload, type UploadFile } from 'antd';
import { useTranslation } from 'react-i18next';
import { type UploadedPhoto, uploadPhoto } from '../api/photos';
import { errorText } from '../i18n/errorText';

export type PhotoFile = UploadFile<UploadedPhoto>;

interface Props {
  value?: PhotoFile[];
  onChange?(files: PhotoFile[]): void;
  max: number;
  'data-testid'?: string;
}

/** The ids of the photos that finished uploading: what a report or an action refers to. */
export function uploadedPhotoIds(files: PhotoFile[] | undefined): string[] {
  return (files ?? []).flatMap((file) => (file.status === 'done' && file.response ? [file.response.id] : []));
}

/**
 * Uploads each photo as soon as it is chosen, so submitting sends only ids and a slow phone network is
 * paid while the user is still typing. The server's thumbnail replaces the local preview. For a case
 * action or an arrival, made online; a report, which may be made offline, keeps its photos on the
 * phone with <PhotoPicker>.
 */
export function PhotoUpload({ value = [], onChange, max, ...rest }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return (
    <div data-testid={rest['data-testid']}>
      <Upload<UploadedPhoto>
        listType="picture-card"
        accept="image/*"
        multiple
        maxCount={max}
        fileList={value}
        customRequest={({ file, onSuccess, onError }) => {
          if (!(file instanceof Blob)) return;
          uploadPhoto(file).then(
            (photo) => onSuccess?.(photo),
            (error: unknown) => {
              message.error(t('photos.uploadFailed', { reason: errorText(t, error) }));
              onError?.(error instanceof Error ? error : new Error(String(error)));
            },
          );
        }}
        onChange={({ fileList }) =>
          onChange?.(
            fileList
              // A failed upload has nothing on the server to refer to: drop it rather than submit a gap.
              .filter((file) => file.status !== 'error')
              .map((file) =>
                file.status === 'done' && file.response
                  ? { ...file, url: file.response.url, thumbUrl: file.response.thumbnailUrl }
                  : file,
              ),
          )
        }
      >
        {value.length < max && (
          <button type="button" style={{ border: 0, background: 'none', cursor: 'pointer' }}>
            {/* A plain sign: the icon package is not one of the web app's dependencies. */}
            <div style={{ fontSize: 20, lineHeight: 1 }}>+</div>
            <div style={{ marginTop: 8 }}>{t('photos.add')}</div>
          </button>
        )}
      </Upload>
    </div>
  );
}
