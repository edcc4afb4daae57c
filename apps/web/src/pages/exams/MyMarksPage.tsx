import { useQuery } from '@tanstack/react-query';
import { Button, Descriptions, Form, Input, InputNumber, Radio, Table, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { zh } from '../../api/problem';
import type { components } from '../../api/schema';
import { FormModal } from '../../components/FormModal';
import { QueryState } from '../../components/QueryState';

type Mark = components['schemas']['MarkSummaryDto'];

/**
 * 简答题阅卷 (evaluator): my pending short answers by anonymous code, and the marking form — the
 * item, its reference answer, the points and the candidate's text, never who wrote it; the marks I
 * gave, each correctable (改分) with a reason until the script's total is the theory score.
 */
export default function MyMarksPage() {
  const [page, setPage] = useState(1);
  const [status, setStatus] = useState<'pending' | 'submitted'>('pending');
  const [marking, setMarking] = useState<Mark | null>(null);
  const [correcting, setCorrecting] = useState<Mark | null>(null);
  const queryKey = ['my-short-answer-marks', status, page];
  const query = useQuery({
    queryKey,
    queryFn: async () => unwrap(await api.GET('/api/v1/me/short-answer-marks', { params: { query: { page, pageSize: 20, status } } })),
  });
  return (
    <Space direction="vertical" size="large" style={{ width: '100%', maxWidth: 960 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        简答题阅卷
      </Typography.Title>
      <Typography.Text type="secondary">答卷以密号显示；每题由两名考评员独立评分，两评相差超过本题满分20%时另请第三名考评员评分。给分以0.5分为单位；提交后如需更正，在“已评”中改分并说明理由（答卷总分计入理论成绩后不能再改）。</Typography.Text>
      <Radio.Group
        optionType="button"
        value={status}
        onChange={(e) => {
          setStatus(e.target.value);
          setPage(1);
        }}
        options={[
          { value: 'pending', label: '待阅' },
          { value: 'submitted', label: '已评' },
        ]}
      />
      <QueryState query={query} empty={(p) => p.total === 0} emptyText={status === 'pending' ? '暂无待阅的简答题' : '还没有已给分的简答题'}>
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
              ...(status === 'submitted' ? [{ title: '我的给分', dataIndex: 'points', width: 90 }] : []),
              {
                title: '',
                key: 'mark',
                width: 80,
                render: (_, m) =>
                  m.status === 'submitted' ? (
                    <Button size="small" onClick={() => setCorrecting(m)}>
                      改分
                    </Button>
                  ) : (
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
      {correcting && <MarkForm mark={correcting} correction invalidate={['my-short-answer-marks']} onClose={() => setCorrecting(null)} />}
    </Space>
  );
}

/** The marking form; with `correction`, 改分 of a mark already given: the new points and the reason. */
function MarkForm({ mark, correction = false, invalidate, onClose }: { mark: Mark; correction?: boolean; invalidate: readonly unknown[]; onClose: () => void }) {
  const detail = useQuery({
    queryKey: ['short-answer-mark', mark.id],
    queryFn: async () => unwrap(await api.GET('/api/v1/me/short-answer-marks/{id}', { params: { path: { id: mark.id } } })),
  });
  return (
    <FormModal<{ points: number; reason: string }>
      open
      width={760}
      title={`${correction ? '改分' : '阅卷'}：${mark.anonymousCode} 第${mark.itemNumber}题`}
      okText={correction ? '提交改分' : '提交给分'}
      done={correction ? '已改分' : '已提交'}
      invalidate={invalidate}
      initialValues={correction && mark.points !== null ? { points: mark.points } : undefined}
      submit={async (values) =>
        correction
          ? unwrap(await api.POST('/api/v1/me/short-answer-marks/{id}/correct', { params: { path: { id: mark.id } }, body: values }))
          : unwrap(await api.POST('/api/v1/me/short-answer-marks/{id}/submit', { params: { path: { id: mark.id } }, body: { points: values.points } }))
      }
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
      {correction && (
        <Form.Item name="reason" label="改分理由" rules={[{ required: true, whitespace: true, message: '请填写改分理由' }]} extra={`原给分 ${mark.points ?? '—'} 分；原分、新分和理由记入审计`}>
          <Input.TextArea rows={2} maxLength={500} showCount />
        </Form.Item>
      )}
    </FormModal>
  );
}
