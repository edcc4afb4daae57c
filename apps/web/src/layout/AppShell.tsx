import { LogoutOutlined } from '@ant-design/icons';
import { Button, Layout, Space, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { useAuth } from '../auth/AuthContext';
import { isCurrent, NAV, NavItem } from './nav';
import './shell.css';

const RoleSwitcher = lazy(() => import('./RoleSwitcher'));

/** Header with the role switcher and sign-out; the role's navigation (a bottom tab bar for workers on a phone). */
export function AppShell() {
  const { me, role, roles, signOut } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const items = role ? NAV[role] : [];
  const mobileTabs = role === 'worker';

  return (
    <Layout className={`shell ${mobileTabs ? 'shell--tabs' : ''}`}>
      <Layout.Header className="shell__header">
        <Typography.Text strong className="shell__brand">
          技能等级认定
        </Typography.Text>
        {!mobileTabs && (
          <nav className="shell__nav" aria-label="主导航">
            {items.map((item) => (
              <NavItemLink key={item.path} item={item} pathname={location.pathname} className="shell__navlink" />
            ))}
          </nav>
        )}
        <Space className="shell__user" size="small">
          {roles.length > 1 && (
            <Suspense fallback={null}>
              <RoleSwitcher />
            </Suspense>
          )}
          <span className="shell__name" title={me?.displayName}>
            {me?.displayName}
          </span>
          <Button
            type="text"
            icon={<LogoutOutlined />}
            aria-label="退出登录"
            onClick={async () => {
              await signOut();
              navigate('/login', { replace: true });
            }}
          />
        </Space>
      </Layout.Header>
      <Layout.Content className="shell__content" key={location.pathname.split('/')[1]}>
        <Outlet />
      </Layout.Content>
      {mobileTabs && (
        <nav className="shell__tabs" aria-label="主导航">
          {items.map((item) => (
            <NavItemLink key={item.path} item={item} pathname={location.pathname} className="shell__tab" />
          ))}
        </nav>
      )}
    </Layout>
  );
}

/** A navigation entry, marked current (class and aria-current) on its page and the pages reached from it. */
function NavItemLink({ item, pathname, className }: { item: NavItem; pathname: string; className: string }) {
  const current = isCurrent(item, pathname);
  return (
    <Link to={item.path} className={current ? `${className} active` : className} aria-current={current ? 'page' : undefined}>
      {item.label}
    </Link>
  );
}
