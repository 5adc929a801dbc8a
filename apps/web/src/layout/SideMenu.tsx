import { Menu, type MenuProps } from 'antd';
import { createElement } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useSession } from '../auth/useSession';
import { useT } from '../i18n/useT';
import { isMenuGroup, menu, menuPageOf, menuPages, type MenuPage } from './menu';

type MenuItem = Required<MenuProps>['items'][number];

/** The left menu: the entries of menu.ts the user may open; empty groups disappear. */
export function SideMenu() {
  const t = useT();
  const { meets } = useSession();
  const location = useLocation();
  const navigate = useNavigate();

  const itemOf = (page: MenuPage): MenuItem => ({
    key: page.key,
    icon: createElement(page.icon),
    label: t(page.label),
  });
  const items = menu.flatMap((entry): MenuItem[] => {
    if (!isMenuGroup(entry)) return meets(entry.requires) ? [itemOf(entry)] : [];
    const children = entry.children.filter((page) => meets(page.requires)).map(itemOf);
    if (children.length === 0) return [];
    return [{ key: entry.key, icon: createElement(entry.icon), label: t(entry.label), children }];
  });

  const current = menuPageOf(location.pathname);
  return (
    <Menu
      mode="inline"
      items={items}
      selectedKeys={current ? [current.key] : []}
      defaultOpenKeys={menu.filter(isMenuGroup).map((group) => group.key)}
      onClick={({ key }) => {
        const page = menuPages.find((p) => p.key === key);
        if (page) void navigate(page.path);
      }}
      style={{ borderInlineEnd: 0 }}
    />
  );
}
