import { lazy, type ComponentType, type ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { RequireAccess } from '../auth/RequireAccess';
import type { MessageKey } from '../i18n/messages';
import type { MenuHeading, MenuPage } from '../layout/menu';
import { crumb } from '../layout/route-handle';

/**
 * What a folder of `pages/` gives the app (its `<module>.module.tsx`, listed in app/modules.ts):
 * its pages in the menu and their routes. Its texts are its `messages.ts` (i18n/catalogue.ts).
 */
export interface WebModule {
  /** The menu group its pages stand in (layout/menu-groups.ts); none: at the top (首页). */
  group?: MenuHeading;
  /** Its menu pages, in their order. */
  menu: readonly MenuPage[];
  /** Its routes, from the root: `pageRoute` for each menu page, guarded by its entry. */
  routes: readonly RouteObject[];
}

/** Modules in their order, those of one group together where the group's first module stands. */
export function sectionsOf(
  modules: readonly WebModule[],
): readonly { group?: MenuHeading; modules: readonly WebModule[] }[] {
  const sections: { group?: MenuHeading; modules: WebModule[] }[] = [];
  for (const module of modules) {
    const section = module.group && sections.find((s) => s.group === module.group);
    if (section) section.modules.push(module);
    else sections.push({ group: module.group, modules: [module] });
  }
  return sections;
}

/** Shows the 403 page to users who lack what the menu page requires. */
export function guarded(page: MenuPage, element: ReactNode): ReactNode {
  return <RequireAccess requires={page.requires}>{element}</RequireAccess>;
}

/** The route of a menu page: its path, the menu label as its crumb, and its guard. */
export function pageRoute(page: MenuPage, element: ReactNode, children?: RouteObject[]) {
  return {
    path: page.path.slice(1),
    handle: crumb({ crumb: page.label }),
    element: guarded(page, element),
    ...(children && { children }),
  } satisfies RouteObject;
}

/** A list page, and at `:id` the page of one of its records, named `detailCrumb`. */
export function withDetail(list: ReactNode, detailCrumb: MessageKey, detail: ReactNode) {
  return [
    { index: true, element: list },
    { path: ':id', handle: crumb({ crumb: detailCrumb }), element: detail },
  ] satisfies RouteObject[];
}

/** A page that loads with its route (`export function XPage` in `./XPage`), not with the shell. */
export function lazyPage<Name extends string, Exports extends Record<Name, ComponentType>>(
  load: () => Promise<Exports>,
  name: Name,
) {
  return lazy(() => load().then((exports) => ({ default: exports[name] })));
}
