import { IdcardOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Skeleton } from 'antd';
import { useEffect, useMemo } from 'react';
import { api, toApiError } from '../../api/client';

const WIDTH = 60;
const HEIGHT = 80;
const box = { width: WIDTH, height: HEIGHT, borderRadius: 4, border: '1px solid #d9d9d9', flex: 'none' as const };

/**
 * 核验身份: a seated candidate's 证件照 at 3:4, read through the room (the API needs the access
 * token, so it comes as a blob); without a photo, a box that says to check the ID card instead.
 */
export function CandidatePhoto(props: { campaignId: string; sessionId: string; applicationId: string; hasPhoto: boolean; name: string }) {
  const { campaignId, sessionId, applicationId, hasPhoto } = props;
  const photo = useQuery({
    queryKey: ['exam-room', campaignId, sessionId, 'photo', applicationId],
    enabled: hasPhoto,
    retry: false,
    // The room refreshes every 15 s; a face does not change during an exam.
    staleTime: Infinity,
    queryFn: async () => {
      const result = await api.GET('/api/v1/campaigns/{campaignId}/exam-sessions/{sessionId}/online-exam/room/candidates/{applicationId}/photo', {
        params: { path: { campaignId, sessionId, applicationId } },
        parseAs: 'blob',
      });
      if (result.response.status === 404) return null;
      if (!result.response.ok) throw toApiError(result.error, result.response);
      return result.data as unknown as Blob;
    },
  });
  const blob = photo.data ?? null;
  const url = useMemo(() => (blob ? URL.createObjectURL(blob) : null), [blob]);
  useEffect(() => () => void (url && URL.revokeObjectURL(url)), [url]);
  if (hasPhoto && photo.isPending) return <Skeleton.Image active style={box} />;
  if (!url) {
    return (
      <div
        data-testid="candidate-no-photo"
        role="img"
        aria-label={`${props.name}：无照片，请核对身份证`}
        style={{ ...box, display: 'flex', flexDirection: 'column', alignItems: 'center', justifyContent: 'center', background: '#fffbe6', color: '#874d00', fontSize: 11, lineHeight: 1.3, textAlign: 'center' }}
      >
        <IdcardOutlined style={{ fontSize: 16, marginBottom: 2 }} />
        <span>无照片</span>
        <span>请核对</span>
        <span>身份证</span>
      </div>
    );
  }
  return <img data-testid="candidate-photo" src={url} alt={`${props.name}的证件照`} width={WIDTH} height={HEIGHT} style={{ ...box, objectFit: 'cover', display: 'block' }} />;
}
