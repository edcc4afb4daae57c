import { LockOutlined, SafetyCertificateOutlined, UserOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { toApiError } from '../api/client';
import { messageOf, NetworkError } from '../api/problem';
import { homeOf, useAuth } from '../auth/AuthContext';
import { roleOfPath } from '../auth/roles';
import { signIn } from '../auth/session';
import './login.css';

/** Only paths inside the app: a `next` pointing elsewhere is ignored (no open redirect). */
function safeNext(next: string | null): string | null {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : null;
}

export default function LoginPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const auth = useAuth();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const next = safeNext(params.get('next'));

  useEffect(() => {
    if (!auth.signedIn || !auth.me) return;
    const wanted = next && roleOfPath(next);
    navigate(next && (!wanted || auth.roles.includes(wanted)) ? next : homeOf(auth.role), { replace: true });
  }, [auth.signedIn, auth.me, auth.role, auth.roles, next, navigate]);

  async function onFinish(values: { username: string; password: string }) {
    setBusy(true);
    setError(null);
    try {
      const res = await signIn(values.username, values.password);
      if (!res.ok) setError(messageOf(toApiError(await res.json().catch(() => undefined), res)));
      else await queryClient.invalidateQueries({ queryKey: ['me'] });
    } catch (e) {
      setError(messageOf(new NetworkError(e)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="login">
      <Card className="login__card">
        <Typography.Title level={3} className="login__title">
          技能等级认定与职业发展
        </Typography.Title>
        <Typography.Paragraph type="secondary">职工、考评员、企业人力资源与人社局请登录</Typography.Paragraph>
        {error && <Alert type="error" showIcon title={error} role="alert" className="login__error" />}
        <Form layout="vertical" onFinish={onFinish} requiredMark={false} disabled={busy}>
          <Form.Item label="用户名" name="username" rules={[{ required: true, message: '请输入用户名' }]}>
            <Input size="large" prefix={<UserOutlined />} autoComplete="username" autoCapitalize="none" />
          </Form.Item>
          <Form.Item label="密码" name="password" rules={[{ required: true, message: '请输入密码' }]}>
            <Input.Password size="large" prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" size="large" block loading={busy}>
            登录
          </Button>
        </Form>
        <div className="login__verify">
          <Link to="/verify">
            <SafetyCertificateOutlined /> 证书查验（无需登录）
          </Link>
        </div>
      </Card>
    </main>
  );
}
