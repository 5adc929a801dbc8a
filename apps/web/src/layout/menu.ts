import type { Permission } from '@shegong/domain';
import type { ComponentType } from 'react';
import { modules } from '../app/modules';
import { sectionsOf } from '../app/web-module';
import type { MessageKey } from '../i18n/messages';

/**
 * What a page needs: a permission, any one of several permissions, or only a signed-in user in
 * good standing.
 */
export type Requirement = Permission | readonly Permission[] | 'authenticated';

export interface MenuPage {
  key: string;
  path: string;
  icon: ComponentType;
  label: MessageKey;
  /** Shown as a card on the home page when set. */
  description?: MessageKey;
  /**
   * When the description promises changes: what they need, and the card's text for a reader
   * without it (a 机构管理员 reads but does not register).
   */
  writes?: { requires: Requirement; description: MessageKey };
  /** The menu hides the entry and the route answers 403 without it. */
  requires: Requirement;
}

/** A heading of the side menu over pages; its crumb is not a link. */
export interface MenuHeading {
  key: string;
  icon: ComponentType;
  label: MessageKey;
  /** An address of its own, which its pages' paths start with and which leads home (/admin). */
  path?: string;
}

export interface MenuGroup extends MenuHeading {
  children: readonly MenuPage[];
}

export type MenuEntry = MenuPage | MenuGroup;

/**
 * The one definition of the navigation: the side menu, the home page cards, the breadcrumb and
 * the route guards all read it. It is the modules' pages (app/modules.ts) in their order, each
 * module's under its group.
 */
export const menu: readonly MenuEntry[] = sectionsOf(modules).flatMap(
  ({ group, modules }): MenuEntry[] => {
    const pages = modules.flatMap((module) => module.menu);
    return group ? [{ ...group, children: pages }] : pages;
  },
);

export function isMenuGroup(entry: MenuEntry): entry is MenuGroup {
  return 'children' in entry;
}

/** Every page of the menu, groups flattened. */
export const menuPages: readonly MenuPage[] = menu.flatMap((entry) =>
  isMenuGroup(entry) ? entry.children : [entry],
);

// Two pages with one key or one address would select and open each other.
for (const field of ['key', 'path'] as const) {
  const values = menuPages.map((page) => page[field]);
  const twice = values.find((value, index) => values.indexOf(value) !== index);
  if (twice !== undefined) throw new Error(`Two menu pages have the ${field} ${twice}`);
}

/** The menu page a location belongs to: the longest path that is a prefix of it. */
export function menuPageOf(pathname: string): MenuPage | undefined {
  return menuPages
    .filter((p) => pathname === p.path || (p.path !== '/' && pathname.startsWith(`${p.path}/`)))
    .sort((a, b) => b.path.length - a.path.length)[0];
}
