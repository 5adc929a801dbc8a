import type { ScaleName } from '../lib/options';

/**
 * How much data each scale holds. Province is one real province (Guizhou, 52 — its villages ship
 * with the repo); small is its capital city; national spreads ~30× the organisations, accounts and
 * workers over every province's real divisions (villages only where they are loaded: Guizhou).
 */
export interface Scale {
  name: ScaleName;
  /** Division prefixes the data covers; null for the whole country. */
  regions: string[] | null;
  /** Provinces whose village-level divisions are loaded (and get village stations). */
  villageProvinces: string[];
  organisations: number;
  /** Social workers in the talent registry (Guizhou reported ~52,000 in 2021; we check 100k). */
  workers: number;
  /** Share of townships with a station (Guizhou had 430 of ~1,500 in 2021; ~85% now). */
  townshipStationShare: number;
  /** Share of urban communities and of rural villages with a station or studio. */
  communityStationShare: number;
  villageStationShare: number;
  /** Rows of the Excel imports the bench sends: organisations, and workers. */
  importRows: number;
  workerImportRows: number;
  /** Purchased-service projects over three years (Chongqing: 1,114 city-level by 2017). */
  projects: number;
  postgresOnly: boolean;
  /** Service delivery at the stations an organisation operates (service-*.ts, casework, groupwork). */
  service: ServiceProportions;
}

/**
 * How much service the operated stations deliver. At province scale ~200,000 service users and
 * ~1,000,000 service records (case contacts, group and activity sessions, attendance).
 */
export interface ServiceProportions {
  /** Service users (服务对象) registered by the organisations that operate stations. */
  users: number;
  /** Share of users with a case (个案); more of the high-risk ones. */
  caseShare: number;
  /** Groups (小组) and community activities (社区活动) per operated station over 18 months. */
  groupsPerStation: number;
  activitiesPerStation: number;
  /** Share of cases referred on (转介) to a specialist organisation or another department. */
  referralShare: number;
}

const serviceShape = {
  caseShare: 0.3,
  groupsPerStation: 4,
  activitiesPerStation: 10,
  referralShare: 0.05,
};

export const scales: Record<ScaleName, Scale> = {
  small: {
    name: 'small',
    regions: ['5201'],
    villageProvinces: ['52'],
    organisations: 60,
    workers: 10_000,
    townshipStationShare: 0.85,
    communityStationShare: 0.1,
    villageStationShare: 0.025,
    importRows: 1000,
    workerImportRows: 10_000,
    projects: 120,
    postgresOnly: false,
    service: { ...serviceShape, users: 20_000 },
  },
  province: {
    name: 'province',
    regions: ['52'],
    villageProvinces: ['52'],
    organisations: 500,
    workers: 100_000,
    townshipStationShare: 0.85,
    communityStationShare: 0.1,
    villageStationShare: 0.025,
    importRows: 5000,
    workerImportRows: 100_000,
    projects: 1_000,
    postgresOnly: false,
    service: { ...serviceShape, users: 200_000 },
  },
  national: {
    name: 'national',
    regions: null,
    villageProvinces: ['52'],
    organisations: 15_000,
    workers: 3_000_000,
    townshipStationShare: 0.85,
    communityStationShare: 0.1,
    villageStationShare: 0.025,
    importRows: 10_000,
    workerImportRows: 100_000,
    projects: 30_000,
    postgresOnly: true,
    service: { ...serviceShape, users: 3_600_000 },
  },
};

/** The province every scale includes; the bench's officer and auditor work there. */
export const benchProvince = '52';
