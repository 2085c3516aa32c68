import { Empty, Flex, Image } from 'antd';
import { useTranslation } from 'react-i18next';
import { photoUrl, thumbnailUrl } from '../api/photos';

/** Thumbnails that open the full photo; one preview group so the viewer can page through them all. */
export function PhotoThumbnails({ photoIds, size = 72 }: { photoIds: string[]; size?: number }) {
  return (
    <Image.PreviewGroup>
      <Flex wrap gap={6}>
        {photoIds.map((id) => (
          <Image
            key={id}
            src={thumbnailUrl(id)}
            preview={{ src: photoUrl(id) }}
            width={size}
            height={size}
            style={{ objectFit: 'cover', borderRadius: 4 }}
            data-testid="case-photo"
          />
        ))}
      </Flex>
    </Image.PreviewGroup>
  );
}

export function CasePhotos({ photoIds }: { photoIds: string[] }) {
  const { t } = useTranslation();
  if (photoIds.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('caseDetail.noPhotos')} />;
  return <PhotoThumbnails photoIds={photoIds} size={96} />;
}
