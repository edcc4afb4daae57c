import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client';
import { zh } from '../../api/problem';
import type { components } from '../../api/schema';
import { FormModal } from '../../components/FormModal';
import { QueryState } from '../../components/QueryState';
import { useFiledScope } from '../../components/useFiledScope';

type Bank = components['schemas']['QuestionBankResponseDto'];
type NewBank = components['schemas']['CreateQuestionBankDto'];

/** 题库: the body's question banks, one per occupation and level it is filed for, with how many items each status holds. */
export default function QuestionBanksPage() {
  const [creating, setCreating] = useState(false);
  const navigate = useNavigate();
  const query = useQuery({ queryKey: ['question-banks'], queryFn: async () => unwrap(await api.GET('/api/v1/question-banks', { params: { query: { pageSize: 200 } } })) });
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={4} className="page-title">
          题库
        </Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          新建题库
        </Button>
      </Space>
      <Typography.Text type="secondary">理论知识考试的试题按职业和等级建库：出题人录入或导入试题，由另一人审核后启用，组卷只用已启用的试题；修改试题生成新版本，已组成的试卷保留原版本。</Typography.Text>
      <QueryState query={query}>
        {(data) => (
          <Table<Bank>
            rowKey="id"
            size="middle"
            dataSource={data.items}
            pagination={false}
            locale={{ emptyText: '还没有题库' }}
            columns={[
              { title: '题库', dataIndex: 'name', render: (v: string, b) => <Link to={`/hr/question-banks/${b.id}`}>{v}</Link> },
              { title: '职业', key: 'occupation', render: (_, b) => `${b.occupationName}（${b.occupationCode}）` },
              { title: '等级', dataIndex: 'rankLabel', width: 120 },
              { title: '已启用', key: 'active', width: 90, align: 'right', render: (_, b) => b.itemCounts.active },
              { title: '待审核', key: 'draft', width: 90, align: 'right', render: (_, b) => b.itemCounts.draft },
              { title: '已审核', key: 'reviewed', width: 90, align: 'right', render: (_, b) => b.itemCounts.reviewed },
              { title: '已停用', key: 'retired', width: 90, align: 'right', render: (_, b) => b.itemCounts.retired },
            ]}
          />
        )}
      </QueryState>
      <CreateBank open={creating} onClose={() => setCreating(false)} onCreated={(id) => navigate(`/hr/question-banks/${id}`)} />
    </Space>
  );
}

function CreateBank({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (id: string) => void }) {
  const { filings, codes, names, ranksOf } = useFiledScope(open);
  return (
    <FormModal<NewBank>
      open={open}
      title="新建题库"
      okText="创建"
      done="题库已创建"
      invalidate={['question-banks']}
      onClose={onClose}
      submit={async (v) => onCreated(unwrap(await api.POST('/api/v1/question-banks', { body: v })).id)}
    >
      {(form) => (
        <>
          {filings.data && codes.length === 0 && <Alert type="warning" showIcon title="本单位还没有经人社局备案的评价范围，备案通过后才能建题库" style={{ marginBottom: 12 }} />}
          <Form.Item name="occupationCode" label="职业（已备案）" rules={[{ required: true, message: '请选择职业' }]}>
            <Select
              loading={filings.isLoading}
              options={codes.map((code) => ({ value: code, label: `${names.get(code) ?? code}（${code}）` }))}
              onChange={() => form.setFieldValue('rank', undefined)}
            />
          </Form.Item>
          <Form.Item noStyle shouldUpdate={(a, b) => a.occupationCode !== b.occupationCode}>
            {() => (
              <Form.Item name="rank" label="等级" rules={[{ required: true, message: '请选择等级' }]}>
                <Select options={ranksOf(form.getFieldValue('occupationCode')).map((r) => ({ value: r.rank, label: zh(r.label) }))} />
              </Form.Item>
            )}
          </Form.Item>
          <Form.Item name="name" label="题库名称" rules={[{ required: true, whitespace: true, message: '请填写名称' }]}>
            <Input maxLength={100} placeholder="如：焊工四级理论知识题库" />
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}
