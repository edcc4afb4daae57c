import { useQuery } from '@tanstack/react-query';
import { Button, Descriptions, Form, InputNumber, Table, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { zh } from '../../api/problem';
import type { components } from '../../api/schema';
import { FormModal } from '../../components/FormModal';
import { QueryState } from '../../components/QueryState';

type Mark = components['schemas']['MarkSummaryDto'];

/**
 * 简答题阅卷 (evaluator): my pending short answers by anonymous code, and the marking form — the
 * item, its reference answer, the points and the candidate's text, never who wrote it.
 */
export default function MyMarksPage() {
  const [page, setPage] = useState(1);
  const [marking, setMarking] = useState<Mark | null>(null);
  const queryKey = ['my-short-answer-marks', page];
  const query = useQuery({
    queryKey,
    queryFn: async () => unwrap(await api.GET('/api/v1/me/short-answer-marks', { params: { query: { page, pageSize: 20 } } })),
  });
  return (
    <Space direction="vertical" size="large" style={{ width: '100%', maxWidth: 960 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        简答题阅卷
      </Typography.Title>
      <Typography.Text type="secondary">答卷以密号显示；每题由两名考评员独立评分，两评相差超过本题满分20%时另请第三名考评员评分。给分以0.5分为单位，提交后不能修改。</Typography.Text>
      <QueryState query={query} empty={(p) => p.total === 0} emptyText="暂无待阅的简答题">
        {(p) => (
          <Table<Mark>
            rowKey="id"
            size="small"
            dataSource={p.items}
            pagination={{ current: p.page, pageSize: p.pageSize, total: p.total, onChange: setPage, showSizeChanger: false }}
            columns={[
              { title: '答卷密号', dataIndex: 'anonymousCode' },
              { title: '认定计划', dataIndex: 'campaignName' },
              { title: '题号', dataIndex: 'itemNumber', width: 70 },
              { title: '满分', dataIndex: 'maxPoints', width: 70 },
              { title: '评次', dataIndex: 'roundLabel', width: 90, render: (v: string, m) => <Tag color={m.round === 3 ? 'orange' : undefined}>{zh(v)}</Tag> },
              {
                title: '',
                key: 'mark',
                width: 80,
                render: (_, m) => (
                  <Button size="small" type="primary" onClick={() => setMarking(m)}>
                    阅卷
                  </Button>
                ),
              },
            ]}
          />
        )}
      </QueryState>
      {marking && <MarkForm mark={marking} invalidate={['my-short-answer-marks']} onClose={() => setMarking(null)} />}
    </Space>
  );
}

function MarkForm({ mark, invalidate, onClose }: { mark: Mark; invalidate: readonly unknown[]; onClose: () => void }) {
  const detail = useQuery({
    queryKey: ['short-answer-mark', mark.id],
    queryFn: async () => unwrap(await api.GET('/api/v1/me/short-answer-marks/{id}', { params: { path: { id: mark.id } } })),
  });
  return (
    <FormModal<{ points: number }>
      open
      width={760}
      title={`阅卷：${mark.anonymousCode} 第${mark.itemNumber}题`}
      okText="提交给分"
      done="已提交"
      invalidate={invalidate}
      submit={async (values) => unwrap(await api.POST('/api/v1/me/short-answer-marks/{id}/submit', { params: { path: { id: mark.id } }, body: values }))}
      onClose={onClose}
    >
      <QueryState query={detail}>
        {(d) => (
          <Descriptions column={1} size="small" bordered style={{ marginBottom: 16 }}>
            <Descriptions.Item label="题干">{d.stem}</Descriptions.Item>
            <Descriptions.Item label="参考答案（评分要点）">
              <span style={{ whiteSpace: 'pre-wrap' }}>{d.reference}</span>
            </Descriptions.Item>
            <Descriptions.Item label="满分">{d.maxPoints} 分</Descriptions.Item>
            <Descriptions.Item label="考生作答">
              <span style={{ whiteSpace: 'pre-wrap' }}>{d.text || '（未作答）'}</span>
            </Descriptions.Item>
          </Descriptions>
        )}
      </QueryState>
      <Form.Item name="points" label={`给分（0–${mark.maxPoints}，0.5分为单位）`} rules={[{ required: true, message: '请给分' }]}>
        <InputNumber min={0} max={mark.maxPoints} step={0.5} precision={1} style={{ width: 160 }} />
      </Form.Item>
    </FormModal>
  );
}
