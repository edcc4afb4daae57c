import { useQuery } from '@tanstack/react-query';
import { Badge, Card, Empty, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { zh } from '../../api/problem';
import { useAuth } from '../../auth/AuthContext';
import { QueryState } from '../../components/QueryState';
import { chinaDate } from '../worker/career/ladder-view';
import { boardColumns } from './campaign-board';
import { CreateCampaign } from './CreateCampaign';
import './campaigns.css';

/** 认定计划: the campaigns the caller may see, as a board from filing to finalization. */
export default function CampaignsBoardPage() {
  const { role } = useAuth();
  const base = role === 'bureau_officer' ? '/bureau/campaigns' : '/hr/campaigns';
  const query = useQuery({
    queryKey: ['campaigns', 'board'],
    queryFn: async () => unwrap(await api.GET('/api/v1/campaigns', { params: { query: { pageSize: 200 } } })),
  });
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} align="center">
        <Typography.Title level={4} className="page-title">
          {role === 'bureau_officer' ? '辖区认定计划' : '认定计划'}
        </Typography.Title>
        {role === 'hr_admin' && <CreateCampaign />}
      </Space>
      <QueryState query={query}>
        {(page) => (
          <div className="board" data-testid="campaign-board">
            {boardColumns(page.items).map((column) => (
              <section key={column.key} className="board__column" aria-label={column.title}>
                <header className="board__head">
                  {column.title} <Badge count={column.items.length} showZero color="#64748b" />
                </header>
                {column.items.length === 0 ? (
                  <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="无" />
                ) : (
                  column.items.map((c) => (
                    <Card key={c.id} size="small" className="board__card" data-testid="campaign-card">
                      <Link to={`${base}/${c.id}`} className="board__name">
                        {c.name}
                      </Link>
                      <div className="board__meta">
                        {c.occupationName} · {c.organizationName}
                      </div>
                      <Space size={4} wrap>
                        <Tag color={c.status === 'cancelled' ? 'default' : 'processing'}>{zh(c.statusLabel)}</Tag>
                        {c.levels.map((l) => (
                          <Tag key={l.rank}>
                            {zh(l.rankLabel)} {l.seatsTaken}/{l.capacity}
                          </Tag>
                        ))}
                      </Space>
                      <div className="board__meta">
                        报名 {chinaDate(c.registrationOpensOn)}–{chinaDate(c.registrationClosesOn)}
                      </div>
                    </Card>
                  ))
                )}
              </section>
            ))}
          </div>
        )}
      </QueryState>
    </Space>
  );
}
