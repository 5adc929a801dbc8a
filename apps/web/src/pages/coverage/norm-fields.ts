import type { StaffingNorm } from '@shegong/domain';
import type { MessageKey } from '../../i18n/messages';

/** The five numbers of a staffing norm, in the order of the network from the top. */
export const normFields: readonly { name: keyof StaffingNorm; label: MessageKey }[] = [
  { name: 'countyStationMinStaff', label: 'coverage.norm.countyStationMinStaff' },
  { name: 'townshipStationMinStaff', label: 'coverage.norm.townshipStationMinStaff' },
  { name: 'urbanVillageMinWorkers', label: 'coverage.norm.urbanVillageMinWorkers' },
  { name: 'ruralVillageMinWorkers', label: 'coverage.norm.ruralVillageMinWorkers' },
  { name: 'villageStudioMinStaff', label: 'coverage.norm.villageStudioMinStaff' },
];
