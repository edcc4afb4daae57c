import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, InputNumber, List, Modal, Radio, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { api, unwrap } from '../../api/client';
import { ApiError, messageOf } from '../../api/problem';
import type { components } from '../../api/schema';
import { FormModal } from '../../components/FormModal';
import { QueryState } from '../../components/QueryState';
import { ITEM_KIND_LABEL, ITEM_KIND_OPTIONS, totalPoints } from './labels';

type Blueprint = components['schemas']['BlueprintResponseDto'];
type BlueprintBody = components['schemas']['BlueprintDto'];
type Paper = components['schemas']['PaperResponseDto'];

const shortfallText = (s: Blueprint['shortfalls'][number]) => `${s.knowledgePoint} · ${ITEM_KIND_LABEL[s.kind]} · 难度${s.difficulty ?? '不限'}：需要 ${s.needed} 题，已启用 ${s.available} 题`;

/** 组卷方案: blueprints with what the bank is short of, assembling the fixed papers, reading them. */
export function BlueprintsTab({ bankId }: { bankId: string }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [creating, setCreating] = useState(false);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [reading, setReading] = useState<Blueprint | null>(null);
  const blueprints = useQuery({ queryKey: ['question-banks', bankId, 'blueprints'], queryFn: async () => unwrap(await api.GET('/api/v1/question-banks/{bankId}/blueprints', { params: { path: { bankId } } })) });
  const assemble = useMutation({
    mutationFn: async (b: Blueprint) => unwrap(await api.POST('/api/v1/question-banks/{bankId}/blueprints/{id}/papers', { params: { path: { bankId, id: b.id } } })),
    onSuccess: async (papers, b) => {
      message.success(`已组成 ${papers.map((p) => `${p.label}卷`).join('、')}`);
      await queryClient.invalidateQueries({ queryKey: ['question-banks', bankId, 'blueprints'] });
      setReading(b);
    },
    onError: (e) => message.error(messageOf(e)),
  });
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Text type="secondary">组卷规则按知识点 × 题型 × 难度规定题量和分值，合计100分；只从已启用的试题中抽取。卷库方式预先组成A、B等多套试卷，千人千卷在编排考场时为每名考生抽取。</Typography.Text>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          新建组卷方案
        </Button>
      </Space>
      <QueryState query={blueprints}>
        {(items) => (
          <Table<Blueprint>
            rowKey="id"
            size="small"
            dataSource={items}
            pagination={false}
            locale={{ emptyText: '还没有组卷方案' }}
            columns={[
              { title: '方案', dataIndex: 'name' },
              { title: '方式', key: 'mode', width: 150, render: (_, b) => `${b.modeLabel}${b.paperCount ? ` ${b.paperCount}套` : ''}` },
              { title: '时长', dataIndex: 'durationMinutes', width: 80, render: (m: number) => `${m}分钟` },
              { title: '及格', dataIndex: 'passMark', width: 60 },
              {
                title: '题库是否够用',
                key: 'shortfalls',
                render: (_, b) =>
                  b.shortfalls.length === 0 ? (
                    <Tag color="green">够用</Tag>
                  ) : (
                    <Space direction="vertical" size={0}>
                      {b.shortfalls.map((s) => (
                        <Typography.Text key={s.ruleIndex} type="danger" style={{ fontSize: 13 }}>
                          {shortfallText(s)}
                        </Typography.Text>
                      ))}
                    </Space>
                  ),
              },
              {
                title: '试卷',
                key: 'papers',
                width: 170,
                render: (_, b) =>
                  b.papers > 0 ? (
                    <Button type="link" size="small" onClick={() => setReading(b)}>
                      查看 {b.papers} 套试卷
                    </Button>
                  ) : (
                    <Space size={4}>
                      {b.mode === 'fixed' ? (
                        <Button size="small" disabled={b.shortfalls.length > 0} loading={assemble.isPending && assemble.variables?.id === b.id} onClick={() => assemble.mutate(b)}>
                          组卷
                        </Button>
                      ) : (
                        <Typography.Text type="secondary">编排考场时抽取</Typography.Text>
                      )}
                      <Button size="small" type="link" onClick={() => setEditingId(b.id)}>
                        修改
                      </Button>
                    </Space>
                  ),
              },
            ]}
          />
        )}
      </QueryState>
      {creating && <BlueprintEditor bankId={bankId} onClose={() => setCreating(false)} />}
      {editingId && <EditBlueprint bankId={bankId} id={editingId} onClose={() => setEditingId(null)} />}
      {reading && <PapersModal bankId={bankId} blueprint={reading} onClose={() => setReading(null)} />}
    </Space>
  );
}

/** 修改组卷方案: the blueprint read afresh (another person may have changed it), changed until papers are assembled from it. */
function EditBlueprint({ bankId, id, onClose }: { bankId: string; id: string; onClose: () => void }) {
  const { message } = App.useApp();
  const query = useQuery({
    queryKey: ['question-banks', bankId, 'blueprints', id],
    queryFn: async () => unwrap(await api.GET('/api/v1/question-banks/{bankId}/blueprints/{id}', { params: { path: { bankId, id } } })),
  });
  useEffect(() => {
    if (!query.isError) return;
    message.error(messageOf(query.error));
    onClose();
  }, [query.isError, query.error, message, onClose]);
  if (!query.data) return null;
  const b = query.data;
  return (
    <BlueprintEditor
      bankId={bankId}
      onClose={onClose}
      editing={{ id, initial: { name: b.name, mode: b.mode, paperCount: b.paperCount ?? undefined, durationMinutes: b.durationMinutes, passMark: b.passMark, multipleChoiceRule: b.multipleChoiceRule, rules: b.rules } }}
    />
  );
}

function BlueprintEditor({ bankId, onClose, editing }: { bankId: string; onClose: () => void; editing?: { id: string; initial: Partial<BlueprintBody> } }) {
  return (
    <FormModal<BlueprintBody>
      open
      width={900}
      title={editing ? '修改组卷方案' : '新建组卷方案'}
      okText="保存"
      done="组卷方案已保存"
      invalidate={['question-banks', bankId, 'blueprints']}
      initialValues={editing?.initial ?? { mode: 'fixed', paperCount: 2, durationMinutes: 90, passMark: 60, multipleChoiceRule: 'all_or_nothing', rules: [{ knowledgePoint: '', kind: 'single_choice', difficulty: null, count: 10, pointsEach: 1 }] }}
      onClose={onClose}
      submit={async (v) => {
        const body = { ...v, paperCount: v.mode === 'fixed' ? v.paperCount : undefined, rules: v.rules.map((r) => ({ ...r, difficulty: r.difficulty ?? null })) };
        try {
          return editing
            ? unwrap(await api.PUT('/api/v1/question-banks/{bankId}/blueprints/{id}', { params: { path: { bankId, id: editing.id } }, body }))
            : unwrap(await api.POST('/api/v1/question-banks/{bankId}/blueprints', { params: { path: { bankId } }, body }));
        } catch (error) {
          // A rule refused as a whole (the same as another) is shown under its knowledge point.
          if (error instanceof ApiError) error.problem.errors?.forEach((e) => /^rules\[\d+\]$/.test(e.field) && (e.field = `${e.field}.knowledgePoint`));
          throw error;
        }
      }}
    >
      {(form) => (
        <>
          <Form.Item name="name" label="方案名称" rules={[{ required: true, whitespace: true, message: '请填写名称' }]}>
            <Input maxLength={100} placeholder="如：2026年焊工四级理论知识A/B卷" />
          </Form.Item>
          <Space size={16} wrap>
            <Form.Item name="mode" label="组卷方式">
              <Radio.Group options={[{ value: 'fixed', label: '卷库（A/B卷）' }, { value: 'per_candidate', label: '千人千卷' }]} />
            </Form.Item>
            <Form.Item noStyle shouldUpdate={(a, b) => a.mode !== b.mode}>
              {() =>
                form.getFieldValue('mode') === 'fixed' && (
                  <Form.Item name="paperCount" label="套数" rules={[{ required: true, message: '请填写套数' }]}>
                    <InputNumber min={2} max={6} precision={0} />
                  </Form.Item>
                )
              }
            </Form.Item>
            <Form.Item name="durationMinutes" label="时长（分钟）" rules={[{ required: true }]}>
              <InputNumber min={30} max={240} precision={0} />
            </Form.Item>
            <Form.Item name="passMark" label="及格分" rules={[{ required: true }]}>
              <InputNumber min={1} max={100} precision={1} />
            </Form.Item>
            <Form.Item name="multipleChoiceRule" label="多选题计分">
              <Select style={{ width: 220 }} options={[{ value: 'all_or_nothing', label: '错选、多选、少选均不得分' }, { value: 'half_for_subset', label: '少选得一半，错选不得分' }]} />
            </Form.Item>
          </Space>
          <Form.List name="rules">
            {(fields, { add, remove }, { errors }) => (
              <Space direction="vertical" style={{ width: '100%' }}>
                {fields.map((field, n) => (
                  <Space key={field.key} align="start" wrap>
                    <Form.Item name={[field.name, 'knowledgePoint']} label={n === 0 ? '知识点' : undefined} rules={[{ required: true, whitespace: true, message: '请填写知识点' }]}>
                      <Input style={{ width: 200 }} maxLength={50} aria-label={`第${n + 1}条规则的知识点`} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'kind']} label={n === 0 ? '题型' : undefined}>
                      <Select style={{ width: 130 }} options={ITEM_KIND_OPTIONS} aria-label={`第${n + 1}条规则的题型`} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'difficulty']} label={n === 0 ? '难度' : undefined}>
                      <Select style={{ width: 90 }} allowClear placeholder="不限" options={[1, 2, 3, 4, 5].map((d) => ({ value: d, label: String(d) }))} aria-label={`第${n + 1}条规则的难度`} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'count']} label={n === 0 ? '题量' : undefined} rules={[{ required: true, message: '请填写题量' }]}>
                      <InputNumber min={1} max={200} precision={0} aria-label={`第${n + 1}条规则的题量`} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'pointsEach']} label={n === 0 ? '每题分值' : undefined} rules={[{ required: true, message: '请填写分值' }]}>
                      <InputNumber min={0.5} max={100} step={0.5} precision={1} aria-label={`第${n + 1}条规则的每题分值`} />
                    </Form.Item>
                    <Button type="link" disabled={fields.length === 1} onClick={() => remove(field.name)} style={{ marginTop: n === 0 ? 30 : 0 }}>
                      删除
                    </Button>
                  </Space>
                ))}
                <Space>
                  <Button size="small" onClick={() => add({ knowledgePoint: '', kind: 'single_choice', difficulty: null, count: 5, pointsEach: 1 })}>
                    添加规则
                  </Button>
                  <Form.Item noStyle shouldUpdate>
                    {() => {
                      const total = totalPoints(form.getFieldValue('rules'));
                      return <Typography.Text type={total === 100 ? 'success' : 'warning'}>合计 {total} 分{total === 100 ? '' : '（应为100分）'}</Typography.Text>;
                    }}
                  </Form.Item>
                </Space>
                <Form.ErrorList errors={errors} />
              </Space>
            )}
          </Form.List>
        </>
      )}
    </FormModal>
  );
}

function PapersModal({ bankId, blueprint, onClose }: { bankId: string; blueprint: Blueprint; onClose: () => void }) {
  const papers = useQuery({
    queryKey: ['question-banks', bankId, 'blueprints', blueprint.id, 'papers'],
    queryFn: async () => unwrap(await api.GET('/api/v1/question-banks/{bankId}/blueprints/{id}/papers', { params: { path: { bankId, id: blueprint.id } } })),
  });
  return (
    <Modal open title={`试卷：${blueprint.name}`} onCancel={onClose} footer={<Button onClick={onClose}>关闭</Button>} width={860}>
      <QueryState query={papers}>
        {(list) => (
          <Tabs
            items={list.map((p: Paper) => ({
              key: p.id,
              label: `${p.label}卷`,
              children: (
                <Space direction="vertical" style={{ width: '100%' }}>
                  <Alert type="info" showIcon title={`共 ${p.items.length} 题，满分 ${p.totalPoints} 分；随机种子 ${p.seed}（${p.algorithm}），同一种子可复现本卷`} />
                  <List
                    size="small"
                    dataSource={p.items}
                    renderItem={(i) => (
                      <List.Item>
                        <Space direction="vertical" size={0}>
                          <span>
                            {i.number}. {i.stem}（{i.points}分）
                          </span>
                          {i.options.length > 0 && <Typography.Text type="secondary">{i.options.map((o, n) => `${'ABCDEFGH'[n]}. ${o}`).join('　')}</Typography.Text>}
                          <Typography.Text type="secondary">
                            答案：{i.answer} · {ITEM_KIND_LABEL[i.kind]} · 第{i.version}版
                          </Typography.Text>
                        </Space>
                      </List.Item>
                    )}
                  />
                </Space>
              ),
            }))}
          />
        )}
      </QueryState>
    </Modal>
  );
}
