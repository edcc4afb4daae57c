import { FilePdfOutlined, QrcodeOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, Modal, Space, Tag, Typography } from 'antd';
import { QRCodeSVG } from 'qrcode.react';
import { useState } from 'react';
import { api, openBinary, unwrap } from '../../api/client';
import { messageOf, zh } from '../../api/problem';
import type { components } from '../../api/schema';
import { QueryState } from '../../components/QueryState';
import { chinaDate } from './career/ladder-view';
import { usePersonId } from './usePerson';

type Credential = components['schemas']['WorkerCredentialDto'];

const STATUS_COLOR: Record<Credential['status'], string> = { valid: 'success', revoked: 'error', ended: 'default' };

/** 我的证书: every credential on the record; platform-issued certificates open as PDF and show their QR code. */
export default function CredentialsPage() {
  const personId = usePersonId();
  const { message } = App.useApp();
  const [qr, setQr] = useState<Credential | null>(null);
  const query = useQuery({
    queryKey: ['credentials', personId],
    queryFn: async () => unwrap(await api.GET('/api/v1/workers/{id}/credentials', { params: { path: { id: personId } } })),
  });

  return (
    <>
      <Typography.Title level={4} className="page-title">
        我的证书
      </Typography.Title>
      <QueryState query={query} empty={(list) => list.length === 0} emptyText="还没有技能等级证书记录">
        {(list) => (
          <Space direction="vertical" size={12} style={{ width: '100%' }}>
            {list.map((c) => (
              <Card key={c.id} size="small" data-testid="credential">
                <Space style={{ width: '100%', justifyContent: 'space-between' }} align="start">
                  <div>
                    <Typography.Text strong style={{ fontSize: 17 }}>
                      {c.rankLabel}
                    </Typography.Text>
                    <div>{c.occupationName ?? c.occupationCode}</div>
                  </div>
                  <Tag color={STATUS_COLOR[c.status]}>{zh(c.statusLabel)}</Tag>
                </Space>
                <Descriptions column={1} size="small" style={{ marginTop: 8 }}>
                  <Descriptions.Item label="证书编号">{c.certificateNumber ?? '—'}</Descriptions.Item>
                  <Descriptions.Item label="发证日期">{chinaDate(c.issuedOn)}</Descriptions.Item>
                  <Descriptions.Item label="发证机构">{c.issuerName}</Descriptions.Item>
                  <Descriptions.Item label="来源">{zh(c.sourceLabel)}</Descriptions.Item>
                </Descriptions>
                {c.certificateId && (
                  <Space wrap>
                    <Button
                      className="touch"
                      icon={<FilePdfOutlined />}
                      onClick={() => openBinary(`/api/v1/certificates/${c.certificateId}/pdf`).catch((e) => message.error(messageOf(e)))}
                    >
                      查看证书 PDF
                    </Button>
                    {c.verificationUrl && (
                      <Button className="touch" icon={<QrcodeOutlined />} onClick={() => setQr(c)}>
                        查验二维码
                      </Button>
                    )}
                  </Space>
                )}
              </Card>
            ))}
          </Space>
        )}
      </QueryState>
      <Modal open={qr !== null} onCancel={() => setQr(null)} footer={null} title="证书查验二维码" centered width={340}>
        {qr?.verificationUrl && (
          <div style={{ textAlign: 'center' }}>
            <QRCodeSVG value={qr.verificationUrl} size={240} marginSize={2} title={`证书 ${qr.certificateNumber} 查验二维码`} />
            <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
              扫码即可核验证书 {qr.certificateNumber}
            </Typography.Paragraph>
          </div>
        )}
      </Modal>
    </>
  );
}
