import { Select } from 'antd';
import { useNavigate } from 'react-router';
import { homeOf, useAuth } from '../auth/AuthContext';
import { ROLE_NAMES, type Role } from '../auth/roles';

/** The header's role switcher, for users who hold more than one role (its own chunk: most users never load it). */
export default function RoleSwitcher() {
  const { role, roles, switchRole } = useAuth();
  const navigate = useNavigate();
  return (
    <Select<Role>
      aria-label="切换角色"
      value={role ?? undefined}
      onChange={(next) => {
        switchRole(next);
        navigate(homeOf(next));
      }}
      options={roles.map((r) => ({ value: r, label: ROLE_NAMES[r] }))}
      popupMatchSelectWidth={false}
    />
  );
}
