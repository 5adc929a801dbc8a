import { Breadcrumb } from 'antd';
import { Link, useMatches } from 'react-router';
import { useT } from '../i18n/useT';
import { isRouteHandle } from './route-handle';

/** 首页 / 系统管理 / 账号管理 / 账号详情, from the `handle` of the matched routes. */
export function AppBreadcrumb() {
  const t = useT();
  const crumbs = useMatches().flatMap((match) =>
    isRouteHandle(match.handle) ? [{ id: match.id, path: match.pathname, ...match.handle }] : [],
  );
  const items = crumbs.map((crumb, index) => {
    const title = t(crumb.crumb);
    const linked = !crumb.group && index < crumbs.length - 1;
    return { key: crumb.id, title: linked ? <Link to={crumb.path}>{title}</Link> : title };
  });
  return <Breadcrumb items={items} style={{ margin: '16px 0' }} />;
}
