import { ArrowLeftOutlined, EyeOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, Empty, Modal, Space, Table, Tag, Typography } from 'antd';
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
import { EMPLOYMENT_TYPE_ZH, RELATION_ZH } from './labels';

const EDUCATION_ZH: Record<string, string> = {
  none: '无学历',
  junior_high: '初中',
  senior_high: '高中',
  secondary_vocational: '中专/职高',
  technician_college_senior: '技工院校高级工班',
  associate: '大专',
  technician_college_preparatory: '技工院校预备技师班',
  bachelor: '本科',
  master: '硕士',
  doctor: '博士',
};

/** 职工档案: the record (ID masked; the full number only through the audited reveal), employments, credentials, titles, training, honours, relations, and the career path. */
export default function WorkerPage() {
  const { id = '' } = useParams();
  const { role } = useAuth();
  const { message } = App.useApp();
  const base = role === 'bureau_officer' ? '/bureau/workers' : '/hr/workers';
  const [revealed, setRevealed] = useState<string | null>(null);
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
    queryKey: ['career-path', id],
    queryFn: async () => unwrap(await api.GET('/api/v1/workers/{id}/career-path', { params: { path: { id } } })),
  });
  const ladder = useLadder();
  const names = useOccupationNames((record.data?.employments ?? []).map((e) => e.occupationCode).filter((c): c is string => Boolean(c)));
  const reveal = useMutation({
    mutationFn: async () => unwrap(await api.POST('/api/v1/workers/{id}/id-number/reveal', { params: { path: { id } } })),
    onSuccess: (r) => setRevealed(r.idNumber),
    onError: (e) => message.error(messageOf(e)),
  });

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
          <>
            <Card title={w.fullName}>
              <Descriptions size="small" column={{ xs: 1, md: 3 }}>
                <Descriptions.Item label="身份证号">
                  <Space>
                    {w.idNumberMasked}
                    {role === 'hr_admin' && (
                      <Button size="small" icon={<EyeOutlined />} loading={reveal.isPending} onClick={() => reveal.mutate()}>
                        查看完整号码
                      </Button>
                    )}
                  </Space>
                </Descriptions.Item>
                <Descriptions.Item label="性别">{w.sex === 'male' ? '男' : '女'}</Descriptions.Item>
                <Descriptions.Item label="出生日期">{chinaDate(w.birthDate)}</Descriptions.Item>
                <Descriptions.Item label="学历">{w.education ? (EDUCATION_ZH[w.education] ?? w.education) : '—'}</Descriptions.Item>
                <Descriptions.Item label="手机">{w.phone ?? '—'}</Descriptions.Item>
                <Descriptions.Item label="登录账号">{w.userId ? '已开通' : '未开通'}</Descriptions.Item>
              </Descriptions>
            </Card>
            <Card size="small" title="用工关系">
              <Table
                size="small"
                rowKey="id"
                pagination={false}
                dataSource={w.employments}
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
                  { title: '从事本职业起', dataIndex: 'occupationStartedOn', render: (v: string | null) => v ?? '—' },
                  { title: '入职', dataIndex: 'hiredOn' },
                  { title: '离职', dataIndex: 'endedOn', render: (v: string | null) => v ?? '在岗' },
                ]}
              />
            </Card>
            <Card size="small" title="技能等级">
              <QueryState query={credentials} empty={(l) => l.length === 0} emptyText="暂无技能等级记录">
                {(list) => (
                  <Table
                    size="small"
                    rowKey="id"
                    pagination={false}
                    dataSource={list}
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
            <Card size="small" title="职称、培训、荣誉与创新">
              <Descriptions size="small" column={1}>
                <Descriptions.Item label="职称">{w.titles.length ? w.titles.map((t) => `${t.titleName}（${t.obtainedOn}）`).join('；') : '—'}</Descriptions.Item>
                <Descriptions.Item label="培训">{w.trainings.length ? w.trainings.map((t) => `${t.name} ${t.hours}学时（${t.completedOn}）`).join('；') : '—'}</Descriptions.Item>
                <Descriptions.Item label="荣誉">{w.honors.length ? w.honors.map((h) => `${h.name}（${h.awardedOn}）`).join('；') : '—'}</Descriptions.Item>
                <Descriptions.Item label="创新成果">{w.innovations.length ? w.innovations.map((i) => `${i.title}（${i.achievedOn}）`).join('；') : '—'}</Descriptions.Item>
                <Descriptions.Item label="师徒与亲属">
                  {w.relations.length
                    ? w.relations.map((r) => `${(RELATION_ZH[r.kind] ?? [r.kind, r.kind])[r.direction === 'outgoing' ? 0 : 1]}：${r.otherName}`).join('；')
                    : '—'}
                </Descriptions.Item>
              </Descriptions>
            </Card>
          </>
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
