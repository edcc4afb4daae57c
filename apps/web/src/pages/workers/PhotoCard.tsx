import { DeleteOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Popconfirm, Space, Typography, Upload } from 'antd';
import ImgCrop from 'antd-img-crop';
import { api, unwrap } from '../../api/client';
import { ApiError, messageOf } from '../../api/problem';
import { usePhoto, WorkerPhoto } from '../../components/WorkerPhoto';

const MAX_BYTES = 5 * 1024 * 1024;

/** What the API's photo codes mean for the person uploading. */
const PHOTO_MESSAGES: Record<string, string> = {
  PHOTO_TOO_LARGE: '照片文件不能超过 5 MB',
  PAYLOAD_TOO_LARGE: '照片文件不能超过 5 MB',
  PHOTO_TYPE_NOT_ALLOWED: '只能上传 JPEG 或 PNG 格式的照片',
  PHOTO_TYPE_MISMATCH: '文件内容与扩展名不符，请上传真实的 JPEG 或 PNG 照片',
  PHOTO_UNREADABLE: '无法识别该图片，文件可能已损坏',
  PHOTO_TOO_MANY_PIXELS: '图片像素过多（超过 5000 万像素），请缩小后再上传',
  PHOTO_TOO_SMALL: '照片太小，至少需要 150×200 像素',
};

export function photoErrorMessage(error: unknown): string {
  return (error instanceof ApiError && PHOTO_MESSAGES[error.code]) || messageOf(error);
}

/** 证件照 on the worker record: HR uploads (cropped to 1-inch 3:4 in the browser; the server normalizes anyway) and removes it. */
export function PhotoCard({ personId, name }: { personId: string; name: string }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const photo = usePhoto(personId);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['worker', personId, 'photo'] });
  const upload = useMutation({
    mutationFn: async (file: Blob) =>
      unwrap(
        await api.PUT('/api/v1/workers/{id}/photo', {
          params: { path: { id: personId } },
          body: file as unknown as string,
          bodySerializer: (b) => b as unknown as BodyInit,
          headers: { 'content-type': file.type === 'image/png' ? 'image/png' : 'image/jpeg' },
        }),
      ),
    onSuccess: async () => {
      message.success('照片已保存');
      await refresh();
    },
    onError: (e) => message.error(photoErrorMessage(e)),
  });
  const remove = useMutation({
    mutationFn: async () => unwrap(await api.DELETE('/api/v1/workers/{id}/photo', { params: { path: { id: personId } } })),
    onSuccess: async () => {
      message.success('照片已删除');
      await refresh();
    },
    onError: (e) => message.error(photoErrorMessage(e)),
  });
  const hasPhoto = Boolean(photo.data);
  return (
    <Card size="small" title="证件照" data-testid="worker-photo-card">
      <Space align="start" size={16} wrap>
        <WorkerPhoto personId={personId} alt={`${name}的证件照`} />
        <Space direction="vertical" size={8}>
          <Typography.Text type="secondary">一寸照（3:4），用于准考证、签到表和证书。JPEG 或 PNG，不超过 5 MB；保存为 360×480 像素。</Typography.Text>
          <Space wrap>
              <ImgCrop aspect={3 / 4} quality={0.92} modalTitle="裁剪照片（3:4）" modalOk="确定" modalCancel="取消" rotationSlider>
                <Upload
                  accept="image/jpeg,image/png"
                  showUploadList={false}
                  beforeUpload={(file) => {
                    if (file.size > MAX_BYTES) {
                      message.error(PHOTO_MESSAGES.PHOTO_TOO_LARGE);
                      return Upload.LIST_IGNORE;
                    }
                    return true;
                  }}
                  customRequest={({ file, onSuccess, onError }) => {
                    upload.mutate(file as Blob, { onSuccess: (r) => onSuccess?.(r), onError: (e) => onError?.(e as Error) });
                  }}
                >
                  <Button icon={<UploadOutlined />} loading={upload.isPending} data-testid="photo-upload">
                    {hasPhoto ? '更换照片' : '上传照片'}
                  </Button>
                </Upload>
              </ImgCrop>
              {hasPhoto && (
                <Popconfirm title="删除证件照？" description="删除后准考证和证书将不再印制照片。" okText="删除" cancelText="取消" okButtonProps={{ danger: true }} onConfirm={() => remove.mutate()}>
                  <Button danger icon={<DeleteOutlined />} loading={remove.isPending}>
                    删除照片
                  </Button>
                </Popconfirm>
              )}
          </Space>
        </Space>
      </Space>
    </Card>
  );
}
