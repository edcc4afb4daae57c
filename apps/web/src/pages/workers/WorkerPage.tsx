import { ArrowLeftOutlined, EditOutlined, EyeOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, Empty, Modal, Space, Table, Tabs, Tag, Typography, type TableProps } from 'antd';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { ApiError, messageOf, zh } from '../../api/problem';
import { useAuth } from '../../auth/AuthContext';
import { QueryState } from '../../components/QueryState';
import { useOccupationNames } from '../../components/useOccupationNames';
import { CareerLadder } from '../worker/career/CareerLadder';
import { chinaDate } from '../worker/career/ladder-view';
import { useLadder } from '../worker/usePerson';
import { AWARD_LEVEL_ZH, EDUCATION_ZH, EMPLOYMENT_TYPE_ZH, HONOR_KIND_ZH, INNOVATION_KIND_ZH, RELATION_ZH } from './labels';
import { PhotoCard } from './PhotoCard';
import { RecordDialogs, type RecordDialog } from './RecordDialogs';
import { TITLE_GRADE_ZH, TITLE_SERIES_ZH } from '../admin/title-labels';

/** Tables of a record's entries page at ten rows, so a long record stays readable. */
function pageOf(rows: readonly unknown[]): TableProps['pagination'] {
  return rows.length > 10 ? { pageSize: 10, size: 'small', showSizeChanger: false } : false;
}

/** One tab of the record's facts: its add button (HR) above its table, or an empty state. */
function FactPane({ count, add, emptyText, children }: { count: number; add?: ReactNode; emptyText: string; children: ReactNode }) {
  return (
    <Space direction="vertical" size={8} style={{ width: '100%' }}>
      {add && <div style={{ display: 'flex', justifyContent: 'flex-end' }}>{add}</div>}
      {count ? children : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} />}
    </Space>
  );
}

/** 职工档案: the record (ID masked; the full number only through the audited reveal), employments, credentials, titles, training, honours, innovations, relations, the sign-in account and the career path; HR changes each through its own dialog. */
export default function WorkerPage() {
  const { id = '' } = useParams();
  const { role } = useAuth();
  const { message } = App.useApp();
  const hr = role === 'hr_admin';
  const base = role === 'bureau_officer' ? '/bureau/workers' : '/hr/workers';
  const [revealed, setRevealed] = useState<string | null>(null);
  const [dialog, setDialog] = useState<RecordDialog | null>(null);
  const record = useQuery({
    queryKey: ['worker', id],
    retry: false,
    queryFn: async () => unwrap(await api.GET('/api/v1/workers/{id}', { params: { path: { id } } })),
  });
  const credentials = useQuery({
    queryKey: ['worker', id, 'credentials'],
    queryFn: async () => unwrap(await api.GET('/api/v1/workers/{id}/credentials', { params: { path: { id } } })),
  });
  const career = useQuery({
    queryKey: ['worker', id, 'career-path'],
    queryFn: async () => unwrap(await api.GET('/api/v1/workers/{id}/career-path', { params: { path: { id } } })),
  });
  const userId = record.data?.userId;
  const account = useQuery({
    queryKey: ['worker', id, 'account', userId],
    enabled: hr && Boolean(userId),
    retry: false,
    queryFn: async () => unwrap(await api.GET('/api/v1/users/{id}', { params: { path: { id: userId as string } } })),
  });
  const ladder = useLadder();
  const names = useOccupationNames((record.data?.employments ?? []).map((e) => e.occupationCode).filter((c): c is string => Boolean(c)));
  const reveal = useMutation({
    mutationFn: async () => unwrap(await api.POST('/api/v1/workers/{id}/id-number/reveal', { params: { path: { id } } })),
    onSuccess: (r) => setRevealed(r.idNumber),
    onError: (e) => message.error(messageOf(e)),
  });
  const addButton = (label: string, next: RecordDialog) =>
    hr ? (
      <Button size="small" icon={<PlusOutlined />} onClick={() => setDialog(next)}>
        {label}
      </Button>
    ) : undefined;

  if (record.isError && record.error instanceof ApiError && record.error.status === 404) {
    return <Empty description="职工不存在或无权访问" style={{ marginTop: 64 }} />;
  }
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Link to={base} style={{ display: 'inline-flex', alignItems: 'center', gap: 6, minHeight: 44 }}>
        <ArrowLeftOutlined /> 返回职工列表
      </Link>
      <QueryState query={record}>
        {(w) => (
          <Space direction="vertical" size={12} style={{ width: '100%' }}>
            <Card
              title={w.fullName}
              data-testid="worker-details"
              extra={
                hr && (
                  <Button icon={<EditOutlined />} onClick={() => setDialog({ kind: 'details' })}>
                    修改基本信息
                  </Button>
                )
              }
            >
              <Descriptions size="small" column={{ xs: 1, md: 3 }}>
                <Descriptions.Item label="身份证号">
                  <Space>
                    {w.idNumberMasked}
                    {hr && (
                      <Button size="small" icon={<EyeOutlined />} loading={reveal.isPending} onClick={() => reveal.mutate()}>
                        查看完整号码
                      </Button>
                    )}
                  </Space>
                </Descriptions.Item>
                <Descriptions.Item label="性别">{w.sex === 'male' ? '男' : '女'}</Descriptions.Item>
                <Descriptions.Item label="出生日期">{chinaDate(w.birthDate)}</Descriptions.Item>
                <Descriptions.Item label="学历">{w.education ? (EDUCATION_ZH[w.education] ?? w.education) : '—'}</Descriptions.Item>
                <Descriptions.Item label="毕业日期">{w.graduatedOn ?? '—'}</Descriptions.Item>
                <Descriptions.Item label="学徒期满">{w.apprenticeshipCompletedOn ?? '—'}</Descriptions.Item>
                <Descriptions.Item label="手机">{w.phone ?? '—'}</Descriptions.Item>
                <Descriptions.Item label="登录账号">
                  {!w.userId ? (
                    <Space>
                      <Typography.Text type="secondary">未开通</Typography.Text>
                      {hr && (
                        <Button size="small" onClick={() => setDialog({ kind: 'open-account' })}>
                          开通账号
                        </Button>
                      )}
                    </Space>
                  ) : !hr ? (
                    '已开通'
                  ) : account.data ? (
                    <Space wrap>
                      {account.data.username}
                      <Tag color={account.data.status === 'active' ? 'success' : 'default'}>{account.data.status === 'active' ? '正常' : '已停用'}</Tag>
                      <Button
                        size="small"
                        danger={account.data.status === 'active'}
                        onClick={() => account.data && setDialog({ kind: 'account-status', account: account.data, status: account.data.status === 'active' ? 'disabled' : 'active' })}
                      >
                        {account.data.status === 'active' ? '停用' : '启用'}
                      </Button>
                    </Space>
                  ) : account.isError ? (
                    '已开通（由其他单位管理）'
                  ) : (
                    '已开通'
                  )}
                </Descriptions.Item>
              </Descriptions>
            </Card>
            {hr && <PhotoCard personId={w.id} name={w.fullName} />}
            <Card size="small" title="用工关系" data-testid="worker-employments" extra={addButton('新增用工关系', { kind: 'add-employment' })}>
              <Table
                size="small"
                rowKey="id"
                pagination={pageOf(w.employments)}
                dataSource={w.employments}
                scroll={{ x: 'max-content' }}
                columns={[
                  {
                    title: '用工形式',
                    dataIndex: 'employmentType',
                    render: (v: string, e) => (
                      <Space>
                        <Tag color={v === 'dispatched' ? 'orange' : undefined}>{EMPLOYMENT_TYPE_ZH[v] ?? v}</Tag>
                        {e.employerOrganizationId !== e.workOrganizationId && <Typography.Text type="secondary">用人单位与用工单位不同</Typography.Text>}
                      </Space>
                    ),
                  },
                  { title: '职业', dataIndex: 'occupationCode', render: (v: string | null) => (v ? `${names.get(v) ?? ''} ${v}` : '—') },
                  { title: '岗位', dataIndex: 'jobTitle', render: (v: string | null) => v ?? '—' },
                  { title: '从事本职业起', dataIndex: 'occupationStartedOn', render: (v: string | null) => v ?? '—' },
                  { title: '入职', dataIndex: 'hiredOn' },
                  { title: '离职', dataIndex: 'endedOn', render: (v: string | null) => v ?? <Tag color="processing">在岗</Tag> },
                  ...(hr
                    ? [
                        {
                          title: '操作',
                          key: 'actions',
                          render: (_: unknown, e: (typeof w.employments)[number]) =>
                            !e.endedOn && (
                              <Button size="small" danger onClick={() => setDialog({ kind: 'end-employment', employment: e })}>
                                结束用工
                              </Button>
                            ),
                        },
                      ]
                    : []),
                ]}
              />
            </Card>
            <Card size="small" title="技能等级" data-testid="worker-credentials" extra={addButton('录入证书', { kind: 'credential' })}>
              <QueryState query={credentials} empty={(l) => l.length === 0} emptyText="暂无技能等级记录">
                {(list) => (
                  <Table
                    size="small"
                    rowKey="id"
                    pagination={pageOf(list)}
                    dataSource={list}
                    scroll={{ x: 'max-content' }}
                    columns={[
                      { title: '等级', dataIndex: 'rankLabel' },
                      { title: '职业', dataIndex: 'occupationName', render: (v: string | null, c) => v ?? c.occupationCode },
                      { title: '证书编号', dataIndex: 'certificateNumber', render: (v: string | null) => v ?? '—' },
                      { title: '发证日期', dataIndex: 'issuedOn' },
                      { title: '发证机构', dataIndex: 'issuerName' },
                      { title: '状态', dataIndex: 'statusLabel', render: (v: string, c) => <Tag color={c.status === 'valid' ? 'success' : 'default'}>{zh(v)}</Tag> },
                    ]}
                  />
                )}
              </QueryState>
            </Card>
            <Card size="small" title="职称、培训、师徒与亲属、荣誉与创新" data-testid="worker-facts">
              <Tabs
                items={[
                  {
                    key: 'titles',
                    label: `职称（${w.titles.length}）`,
                    children: (
                      <FactPane count={w.titles.length} emptyText="暂无职称" add={addButton('录入职称', { kind: 'title' })}>
                        <Table
                          size="small"
                          rowKey="id"
                          pagination={pageOf(w.titles)}
                          dataSource={w.titles}
                          columns={[
                            { title: '职称', dataIndex: 'titleName' },
                            { title: '系列', dataIndex: 'series', render: (v: string) => TITLE_SERIES_ZH[v] ?? v },
                            { title: '级别', dataIndex: 'grade', render: (v: string) => TITLE_GRADE_ZH[v as keyof typeof TITLE_GRADE_ZH] ?? v },
                            { title: '取得日期', dataIndex: 'obtainedOn' },
                            { title: '来源', dataIndex: 'source', render: (v: string) => (v === 'recognized' ? '贯通认定' : '单位录入') },
                          ]}
                        />
                      </FactPane>
                    ),
                  },
                  {
                    key: 'trainings',
                    label: `培训（${w.trainings.length}）`,
                    children: (
                      <FactPane count={w.trainings.length} emptyText="暂无培训记录" add={addButton('录入培训', { kind: 'training' })}>
                        <Table
                          size="small"
                          rowKey="id"
                          pagination={pageOf(w.trainings)}
                          dataSource={w.trainings}
                          columns={[
                            { title: '培训名称', dataIndex: 'name' },
                            { title: '学时', dataIndex: 'hours', align: 'right' },
                            { title: '结业日期', dataIndex: 'completedOn' },
                          ]}
                          summary={(rows) => (
                            <Table.Summary.Row>
                              <Table.Summary.Cell index={0}>本页合计</Table.Summary.Cell>
                              <Table.Summary.Cell index={1} align="right">
                                {rows.reduce((sum, r) => sum + r.hours, 0)}
                              </Table.Summary.Cell>
                              <Table.Summary.Cell index={2} />
                            </Table.Summary.Row>
                          )}
                        />
                      </FactPane>
                    ),
                  },
                  {
                    key: 'relations',
                    label: `师徒与亲属（${w.relations.length}）`,
                    children: (
                      <FactPane count={w.relations.length} emptyText="暂无登记的关系" add={addButton('登记关系', { kind: 'relation' })}>
                        <Table
                          size="small"
                          rowKey="id"
                          pagination={pageOf(w.relations)}
                          dataSource={w.relations}
                          columns={[
                            { title: '对方是本人的', key: 'kind', width: 160, render: (_: unknown, r) => (RELATION_ZH[r.kind] ?? [r.kind, r.kind])[r.direction === 'outgoing' ? 0 : 1] },
                            { title: '姓名', dataIndex: 'otherName', render: (v: string, r) => <Link to={`${base}/${r.otherPersonId}`}>{v}</Link> },
                          ]}
                        />
                        <Typography.Text type="secondary">师徒、近亲属和上下级关系用于评价时的回避。</Typography.Text>
                      </FactPane>
                    ),
                  },
                  {
                    key: 'honors',
                    label: `荣誉（${w.honors.length}）`,
                    children: (
                      <FactPane count={w.honors.length} emptyText="暂无荣誉" add={addButton('录入荣誉', { kind: 'honor' })}>
                        <Table
                          size="small"
                          rowKey="id"
                          pagination={pageOf(w.honors)}
                          dataSource={w.honors}
                          columns={[
                            { title: '荣誉名称', dataIndex: 'name' },
                            { title: '类别', dataIndex: 'kind', render: (v: string) => HONOR_KIND_ZH[v] ?? v },
                            { title: '级别', dataIndex: 'level', render: (v: string) => AWARD_LEVEL_ZH[v] ?? v },
                            { title: '授予日期', dataIndex: 'awardedOn' },
                          ]}
                        />
                      </FactPane>
                    ),
                  },
                  {
                    key: 'innovations',
                    label: `技术创新（${w.innovations.length}）`,
                    children: (
                      <FactPane count={w.innovations.length} emptyText="暂无创新成果" add={addButton('录入成果', { kind: 'innovation' })}>
                        <Table
                          size="small"
                          rowKey="id"
                          pagination={pageOf(w.innovations)}
                          dataSource={w.innovations}
                          columns={[
                            { title: '成果名称', dataIndex: 'title' },
                            { title: '类别', dataIndex: 'kind', render: (v: string) => INNOVATION_KIND_ZH[v] ?? v },
                            { title: '获奖级别', dataIndex: 'level', render: (v: string | null) => (v ? (AWARD_LEVEL_ZH[v] ?? v) : '—') },
                            { title: '取得日期', dataIndex: 'achievedOn' },
                          ]}
                        />
                      </FactPane>
                    ),
                  },
                ]}
              />
            </Card>
            <Card size="small" title="职业通道">
              <QueryState query={career}>
                {(path) =>
                  path.paths[0] && ladder.data ? (
                    <div style={{ maxWidth: 480 }}>
                      <CareerLadder ladder={ladder.data} current={path.paths[0].currentRank} nextRungs={path.paths[0].nextRungs} />
                    </div>
                  ) : (
                    <Empty description="暂无在岗职业" />
                  )
                }
              </QueryState>
            </Card>
            {hr && <RecordDialogs worker={w} dialog={dialog} onClose={() => setDialog(null)} />}
          </Space>
        )}
      </QueryState>
      <Modal open={revealed !== null} title="完整身份证号码" footer={null} onCancel={() => setRevealed(null)}>
        <Typography.Paragraph copyable style={{ fontSize: 18 }}>
          {revealed}
        </Typography.Paragraph>
        <Typography.Text type="secondary">本次查看已记入审计日志。请勿截图或外传。</Typography.Text>
      </Modal>
    </Space>
  );
}
