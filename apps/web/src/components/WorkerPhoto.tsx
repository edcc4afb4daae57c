import { UserOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Skeleton } from 'antd';
import { useEffect, useMemo } from 'react';
import { api, toApiError } from '../api/client';

/**
 * The worker's 证件照 as a blob (the API needs the access token, so an <img src> cannot fetch it),
 * or null when there is none. Keyed by person, so an upload or removal invalidates it.
 */
export function usePhoto(personId: string) {
  return useQuery({
    queryKey: ['worker', personId, 'photo'],
    retry: false,
    queryFn: async () => {
      const result = await api.GET('/api/v1/workers/{id}/photo', { params: { path: { id: personId } }, parseAs: 'blob' });
      if (result.response.status === 404) return null;
      if (!result.response.ok) throw toApiError(result.error, result.response);
      return result.data as unknown as Blob;
    },
  });
}

/** A 3:4 photo box: the photo, a placeholder when there is none, a skeleton while loading. */
export function WorkerPhoto({ personId, width = 120, alt }: { personId: string; width?: number; alt: string }) {
  const photo = usePhoto(personId);
  const blob = photo.data ?? null;
  const url = useMemo(() => (blob ? URL.createObjectURL(blob) : null), [blob]);
  useEffect(() => () => void (url && URL.revokeObjectURL(url)), [url]);
  const height = Math.round((width * 4) / 3);
  const box = { width, height, borderRadius: 4, border: '1px solid #d9d9d9', flex: 'none' as const };
  if (photo.isPending) return <Skeleton.Image active style={box} />;
  if (!url) {
    return (
      <div data-testid="photo-placeholder" style={{ ...box, display: 'flex', flexDirection: 'column', alignItems: 'center', justifyContent: 'center', background: '#fafafa', color: '#595959' }}>
        <UserOutlined style={{ fontSize: width / 3 }} />
        <span style={{ fontSize: 12, marginTop: 4 }}>暂无照片</span>
      </div>
    );
  }
  return <img data-testid="worker-photo" src={url} alt={alt} width={width} height={height} style={{ ...box, objectFit: 'cover', display: 'block' }} />;
}
