import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Empty, Form, List, Modal, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { messageOf, zh } from '../../api/problem';
import type { components } from '../../api/schema';
import { FormModal, ReasonField } from '../../components/FormModal';
import { QueryState } from '../../components/QueryState';
import type { Campaign } from './campaign-board';

type Draw = components['schemas']['CampaignDrawDto'];
type Panel = Draw['panels'][number];
type Target = { rank: Campaign['levels'][number]['rank']; component: string; label: string };

const dateTime = (iso: string) => new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });

/**
 * 考评员抽取: per level and component, the seeded, recusal-aware draw (HR draws, redraws with a
 * reason), its panels, the changes made by hand, and the replay that checks it against its seed.
 */
export function DrawsTab({ campaign, canDraw }: { campaign: Campaign; canDraw: boolean }) {
  const [redrawing, setRedrawing] = useState<Target>();
  const [verifying, setVerifying] = useState<Draw>();
  const [viewing, setViewing] = useState<string>();
  const [replacing, setReplacing] = useState<{ draw: Draw; panel: Panel }>();
  const query = useQuery({
    queryKey: ['campaign', campaign.id, 'draws'],
    queryFn: async () => unwrap(await api.GET('/api/v1/campaigns/{campaignId}/draws', { params: { path: { campaignId: campaign.id }, query: { all: true } } })),
  });
  const draw = useDraw(campaign.id);
  const targets: Target[] = campaign.levels.flatMap((level) =>
    level.components.filter((c) => c.kind !== 'theory').map((c) => ({ rank: level.rank, component: c.kind, label: `${zh(level.rankLabel)} · ${zh(c.label)}` })),
  );
  return (
    <QueryState query={query}>
      {(draws) => (
        <Space direction="vertical" style={{ width: '100%' }}>
          {targets.map((target) => {
            const mine = draws.filter((d) => d.rank === target.rank && d.component === target.component);
            const current = mine.find((d) => d.status === 'current');
            const earlier = mine.filter((d) => d.status === 'superseded');
            return (
              <Card
                key={`${target.rank}-${target.component}`}
                size="small"
                title={target.label}
                extra={
                  current && (
                    <Space>
                      <Button onClick={() => setVerifying(current)}>复核抽取</Button>
                      {canDraw && <Button onClick={() => setRedrawing(target)}>重新抽取</Button>}
                    </Space>
                  )
                }
              >
                {current ? (
                  <DrawSummary draw={current} onReplace={canDraw ? (panel) => setReplacing({ draw: current, panel }) : undefined} />
                ) : canDraw ? (
                  <Button type="primary" loading={draw.isPending} onClick={() => draw.mutate({ rank: target.rank, component: target.component })}>
                    抽取考评员
                  </Button>
                ) : (
                  <Typography.Text type="secondary">尚未抽取</Typography.Text>
                )}
                {earlier.length > 0 && (
                  <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
                    此前的抽取：
                    {earlier.map((d) => (
                      <Button key={d.id} type="link" size="small" onClick={() => setViewing(d.id)}>
                        {dateTime(d.createdAt)}（已被替代）
                      </Button>
                    ))}
                  </Typography.Paragraph>
                )}
              </Card>
            );
          })}
          <FormModal<{ reason: string }>
            open={!!redrawing}
            title={`重新抽取：${redrawing?.label ?? ''}`}
            okText="重新抽取"
            done="已重新抽取，原抽取结果保留为历史记录"
            invalidate={['campaign', campaign.id, 'draws']}
            submit={async ({ reason }) =>
              unwrap(
                await api.POST('/api/v1/campaigns/{campaignId}/draws', {
                  params: { path: { campaignId: campaign.id } },
                  body: { rank: (redrawing as Target).rank, component: (redrawing as Target).component, reason } as never,
                }),
              )
            }
            onClose={() => setRedrawing(undefined)}
          >
            <Alert type="warning" showIcon style={{ marginBottom: 12 }} title="重新抽取会以新的随机种子生成考评组，原结果标记为“已被替代”，理由记入审计。" />
            <ReasonField />
          </FormModal>
          {replacing && <ReplaceModal campaign={campaign} draw={replacing.draw} panel={replacing.panel} onClose={() => setReplacing(undefined)} />}
          {verifying && <VerifyModal campaignId={campaign.id} draw={verifying} onClose={() => setVerifying(undefined)} />}
          {viewing && <EarlierDrawModal campaignId={campaign.id} drawId={viewing} onClose={() => setViewing(undefined)} />}
        </Space>
      )}
    </QueryState>
  );
}

function useDraw(campaignId: string) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  return useMutation({
    mutationFn: async (target: { rank: Target['rank']; component: string }) =>
      unwrap(await api.POST('/api/v1/campaigns/{campaignId}/draws', { params: { path: { campaignId } }, body: target as never })),
    onSuccess: async (d) => {
      message.success(`${zh(d.rankLabel)} ${zh(d.componentLabel)}：已抽取 ${d.evaluatorCount} 名考评员`);
      await queryClient.invalidateQueries({ queryKey: ['campaign', campaignId, 'draws'] });
    },
    onError: (e) => message.error(messageOf(e)),
  });
}

/** What was drawn: the seed, the panels with their evaluators and candidates, and the changes made by hand. */
function DrawSummary({ draw, onReplace }: { draw: Draw; onReplace?: (panel: Panel) => void }) {
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Text>
        已抽取 {draw.evaluatorCount} 名考评员（{draw.candidateCount} 名考生，回避排除 {draw.recusalsApplied} 对）
      </Typography.Text>
      <Descriptions size="small" column={{ xs: 1, md: 3 }}>
        <Descriptions.Item label="随机种子">
          <Typography.Text code copyable>
            {draw.seed}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label="算法">{draw.algorithm}</Descriptions.Item>
        <Descriptions.Item label="抽取时间">{dateTime(draw.createdAt)}</Descriptions.Item>
        {draw.reason && <Descriptions.Item label="重新抽取理由">{draw.reason}</Descriptions.Item>}
      </Descriptions>
      <Table
        size="small"
        rowKey="number"
        pagination={false}
        dataSource={draw.panels}
        columns={[
          { title: '考评组', dataIndex: 'number', width: 80, render: (n: number) => `第 ${n} 组` },
          {
            title: '考评员',
            key: 'evaluators',
            render: (_, p) => <PanelEvaluators evaluators={p.evaluators} />,
          },
          { title: '考生', key: 'candidates', render: (_, p) => `${p.candidates.length} 名：${p.candidates.map((c) => c.fullName).join('、')}` },
          ...(onReplace
            ? [{ title: '', key: 'replace', width: 112, render: (_: unknown, p: Panel) => <Button size="small" onClick={() => onReplace(p)}>调整考评员</Button> }]
            : []),
        ]}
      />
      {draw.changes.length > 0 && (
        <List
          size="small"
          header="人工调整记录"
          data-testid="draw-changes"
          dataSource={draw.changes}
          renderItem={(c) => (
            <List.Item>
              第 {c.panelNumber} 组：{c.removedName} → {c.addedName}（{c.reason}，{dateTime(c.createdAt)}）
            </List.Item>
          )}
        />
      )}
    </Space>
  );
}

/**
 * 人工调整: one evaluator of a panel swapped for another of the pool, with a reason. The API checks
 * the incoming evaluator (occupation, level, validity, recusal, workload) and names what fails.
 */
function ReplaceModal({ campaign, draw, panel, onClose }: { campaign: Campaign; draw: Draw; panel: Panel; onClose: () => void }) {
  const pool = useQuery({
    queryKey: ['evaluators', 'pool', campaign.occupationCode],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/evaluators', { params: { query: { occupationCode: campaign.occupationCode, status: 'active', pageSize: 200 } } })),
  });
  const drawn = new Set(draw.panels.flatMap((p) => p.evaluators.map((e) => e.profileId)));
  const choices = (pool.data?.items ?? []).filter((e) => !drawn.has(e.id));
  return (
    <FormModal<{ removeProfileId: string; addProfileId: string; reason: string }>
      open
      width={560}
      title={`调整考评员：${zh(draw.rankLabel)} · ${zh(draw.componentLabel)} 第 ${panel.number} 组`}
      okText="调整"
      done="已调整考评员，调整记录已保存"
      invalidate={['campaign', campaign.id, 'draws']}
      initialValues={panel.evaluators.length === 1 ? { removeProfileId: panel.evaluators[0].profileId } : {}}
      submit={async (v) =>
        unwrap(
          await api.POST('/api/v1/campaigns/{campaignId}/draws/{drawId}/replace-evaluator', {
            params: { path: { campaignId: campaign.id, drawId: draw.id } },
            body: { panelNumber: panel.number, ...v },
          }),
        )
      }
      onClose={onClose}
    >
      <Form.Item name="removeProfileId" label="换下的考评员" rules={[{ required: true, message: '请选择换下的考评员' }]}>
        <Select options={panel.evaluators.map((e) => ({ value: e.profileId, label: `${e.displayName}（${e.organizationName}）` }))} />
      </Form.Item>
      <Form.Item
        name="addProfileId"
        label="换上的考评员"
        rules={[{ required: true, message: '请选择换上的考评员' }]}
        extra="考评员库中在册、可考评本职业且未在本次抽取中的考评员；等级、资格有效期、回避和工作量由系统核验。"
      >
        <Select
          loading={pool.isPending}
          showSearch={{ optionFilterProp: 'label' }}
          notFoundContent="考评员库中没有其他可选的考评员"
          options={choices.map((e) => ({
            value: e.id,
            label: `${e.displayName}（${e.organizationName}，${zh(e.highestRankLabel)}${e.validToday ? '' : '，不在有效期'}）`,
          }))}
        />
      </Form.Item>
      <ReasonField label="调整理由（记入审计）" />
    </FormModal>
  );
}

/** 复核: the server replays the draw from its recorded seed and inputs and says whether it gives the saved panels. */
function VerifyModal({ campaignId, draw, onClose }: { campaignId: string; draw: Draw; onClose: () => void }) {
  const query = useQuery({
    queryKey: ['campaign', campaignId, 'draws', draw.id, 'verify'],
    queryFn: async () => unwrap(await api.GET('/api/v1/campaigns/{campaignId}/draws/{drawId}/verify', { params: { path: { campaignId, drawId: draw.id } } })),
  });
  return (
    <Modal open title={`复核抽取（种子 ${draw.seed}）`} footer={<Button onClick={onClose}>关闭</Button>} onCancel={onClose} width={640}>
      <QueryState query={query}>
        {(v) => (
          <Space direction="vertical" style={{ width: '100%' }}>
            {v.matches ? (
              <Alert type="success" showIcon title="复算结果与保存的抽取结果一致" description={`按记录的随机种子 ${v.seed} 与抽取时的输入，用 ${v.algorithm} 重新计算，得到相同的考评组。`} />
            ) : (
              <Alert type="error" showIcon title="复算结果与保存的抽取结果不一致" description={v.differences.join('；')} />
            )}
            {v.manualChanges > 0 && <Typography.Text type="secondary">比对前已还原 {v.manualChanges} 次人工调整。</Typography.Text>}
            <Typography.Text type="secondary">
              复算 {v.replayed.length} 个考评组，{v.replayed.reduce((n, p) => n + p.candidatePersonIds.length, 0)} 名考生。
            </Typography.Text>
          </Space>
        )}
      </QueryState>
    </Modal>
  );
}

function EarlierDrawModal({ campaignId, drawId, onClose }: { campaignId: string; drawId: string; onClose: () => void }) {
  const query = useQuery({
    queryKey: ['campaign', campaignId, 'draws', drawId],
    queryFn: async () => unwrap(await api.GET('/api/v1/campaigns/{campaignId}/draws/{drawId}', { params: { path: { campaignId, drawId } } })),
  });
  return (
    <Modal open title="此前的抽取（已被替代）" footer={<Button onClick={onClose}>关闭</Button>} onCancel={onClose} width={760}>
      <QueryState query={query}>{(d) => (d.panels.length ? <DrawSummary draw={d} /> : <Empty />)}</QueryState>
    </Modal>
  );
}

/** A panel's evaluators, one a line, each with the enterprise they come from (a draw or a trial draw). */
export function PanelEvaluators({ evaluators }: { evaluators: readonly { profileId: string; displayName: string; organizationName: string }[] }) {
  return evaluators.map((e) => (
    <div key={e.profileId}>
      {e.displayName}
      <Typography.Text type="secondary">（{e.organizationName}）</Typography.Text>
    </div>
  ));
}
