import type { LocalizedText } from '../i18n/language';
import type { RoleCode } from './role-list';

/** A permission: what it allows, in each language, and the roles that hold it. */
export interface PermissionDefinition extends LocalizedText {
  readonly grantedTo: readonly RoleCode[];
}

/** A module's permissions: each module owns the list of what its routes and pages require. */
export type PermissionCatalogue = Record<string, PermissionDefinition>;

/** The civil-affairs offices of every tier, the usual holders of a module's field permissions. */
export const civilAffairsOffices = [
  'civil_affairs_province',
  'civil_affairs_city',
  'civil_affairs_county',
  'civil_affairs_township',
] as const satisfies readonly RoleCode[];

/** The offices from the county up: they decide what a township records. */
export const countyAndAbove = [
  'civil_affairs_province',
  'civil_affairs_city',
  'civil_affairs_county',
] as const satisfies readonly RoleCode[];

/** The offices of a city and a province: they set the rules their regions follow. */
export const cityAndAbove = [
  'civil_affairs_province',
  'civil_affairs_city',
] as const satisfies readonly RoleCode[];
