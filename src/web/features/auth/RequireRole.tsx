import { Navigate, Outlet, useLocation } from 'react-router';
import type { Role } from '../../accountsApi';
import { NotAllowed } from '../../shell/NotAllowed';
import { ErrorNotice, Loading } from '../../shell/QueryState';
import { loginPath, useMe } from './session';

/** Guards a group of pages: signed out → sign in and come back; a role not listed → "not allowed". */
export function RequireRole({ allow }: { allow?: readonly Role[] }) {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <Loading />;
  if (me.isError) return <ErrorNotice error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) return <Navigate to={loginPath(location.pathname + location.search)} replace />;
  if (allow && !allow.includes(me.data.role)) return <NotAllowed />;
  return <Outlet />;
}
