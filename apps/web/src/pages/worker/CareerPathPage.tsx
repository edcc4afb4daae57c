import { Card, Empty, List, Segmented, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { EligibilityRoutes } from '../../components/EligibilityRoutes';
import { QueryState } from '../../components/QueryState';
import { CareerLadder } from './career/CareerLadder';
import { chinaDate } from './career/ladder-view';
import { useCareerPath, useLadder, usePersonId } from './usePerson';
import { WorkerPhoto } from '../../components/WorkerPhoto';
import { zh } from '../../api/problem';

const TITLE_STATUS: Record<string, { text: string; color: string }> = {
  held: { text: '已取得', color: 'green' },
  available: { text: '可申报', color: 'blue' },
  pending: { text: '待满足', color: 'orange' },
  not_qualified: { text: '未满足', color: 'default' },
};

/** 我的职业通道: where the worker stands, what the next rung needs and when, titles and treatment. */
export default function CareerPathPage() {
  const career = useCareerPath();
  const ladder = useLadder();
  const personId = usePersonId();
  const [occupation, setOccupation] = useState<string | null>(null);

  return (
    <QueryState query={career}>
      {(data) => {
        const path = data.paths.find((p) => p.occupationCode === occupation) ?? data.paths[0];
        if (!path) return <Empty description="暂无在职记录，职业通道将在登记用工后显示" />;
        const next = path.nextRungs[0];
        return (
          <Space direction="vertical" size={12} style={{ width: '100%' }}>
            <Typography.Title level={4} className="page-title">
              我的职业通道
            </Typography.Title>
            {data.paths.length > 1 && (
              <Segmented
                block
                value={path.occupationCode}
                onChange={(v) => setOccupation(String(v))}
                options={data.paths.map((p) => ({ value: p.occupationCode, label: p.occupationName ?? p.occupationCode }))}
              />
            )}
            <Card size="small" data-testid="worker-identity">
              <div style={{ display: 'flex', gap: 12, alignItems: 'flex-start' }}>
                <WorkerPhoto personId={personId} width={72} alt="我的证件照" />
                <div style={{ minWidth: 0 }}>
                  <Typography.Text strong style={{ fontSize: 16 }}>
                    {data.fullName}
                  </Typography.Text>
                  <div>
                    {path.occupationName ?? path.occupationCode} · {path.organization.name}
                  </div>
                  <div>
                    <Tag color="blue">{path.currentRankLabel}</Tag>
                    <Tag>{zh(path.employmentTypeLabel)}</Tag>
                    {path.employerOfRecord.id !== path.organization.id && <Tag>用人单位：{path.employerOfRecord.name}</Tag>}
                  </div>
                  {path.obtained && (
                    <Typography.Text type="secondary">
                      {chinaDate(path.obtained.issuedOn)} 取得（{path.obtained.sourceLabel}）
                    </Typography.Text>
                  )}
                  <div>
                    <Typography.Text type="secondary">按 {chinaDate(data.asOf)}（北京时间）的记录计算</Typography.Text>
                  </div>
                </div>
              </div>
            </Card>

            <Card size="small" title="等级阶梯">
              <QueryState query={ladder}>{(ranks) => <CareerLadder ladder={ranks} current={path.currentRank} nextRungs={path.nextRungs} />}</QueryState>
            </Card>

            {next && (
              <Card size="small" title={`下一级：${next.rankLabel}`} data-testid="next-rung">
                <Typography.Paragraph strong style={{ fontSize: 15 }}>
                  {next.eligibleNow
                    ? '您现在已满足申报条件'
                    : next.projectedOn
                      ? `预计 ${chinaDate(next.projectedOn)} 满足申报条件`
                      : '仅靠工作年限无法满足，需要取得其他条件'}
                </Typography.Paragraph>
                {next.appointment && <Typography.Paragraph type="secondary">该等级为企业评聘，设有聘期，需经人社局确认。</Typography.Paragraph>}
                <EligibilityRoutes report={next.report} />
                {next.treatment.length > 0 && (
                  <>
                    <Typography.Title level={5}>取得后的待遇</Typography.Title>
                    {next.treatment.map((t) => (
                      <Typography.Paragraph key={t.policyId}>
                        {t.tierName}：{t.summary}
                      </Typography.Paragraph>
                    ))}
                  </>
                )}
              </Card>
            )}

            {path.openCampaigns.length > 0 && (
              <Card size="small" title="现在可以报名">
                <List
                  dataSource={path.openCampaigns}
                  renderItem={(c) => (
                    <List.Item extra={<Link to="/worker/campaigns">去报名</Link>}>
                      <List.Item.Meta title={c.name} description={`${c.rankLabel} · 报名截止 ${chinaDate(c.registrationClosesOn)}`} />
                    </List.Item>
                  )}
                />
              </Card>
            )}

            {path.currentTreatment.length > 0 && (
              <Card size="small" title="目前享受的待遇">
                {path.currentTreatment.map((t) => (
                  <Typography.Paragraph key={t.policyId}>
                    {t.tierName}：{t.summary}
                  </Typography.Paragraph>
                ))}
              </Card>
            )}

            <Card size="small" title="技能等级与职称贯通（比照认定）">
              <List
                dataSource={data.titleOptions.titles}
                locale={{ emptyText: '暂无可比照的职称' }}
                renderItem={(t) => (
                  <List.Item>
                    <List.Item.Meta
                      title={
                        <Space wrap>
                          {t.titleName}
                          <Tag color={TITLE_STATUS[t.status].color}>
                            {TITLE_STATUS[t.status].text}
                            {t.status === 'pending' && t.opensOn ? ` ${chinaDate(t.opensOn)}` : ''}
                          </Tag>
                        </Space>
                      }
                      description={`${t.titleSeriesLabel} · ${t.explanation}`}
                    />
                  </List.Item>
                )}
              />
            </Card>
          </Space>
        );
      }}
    </QueryState>
  );
}
