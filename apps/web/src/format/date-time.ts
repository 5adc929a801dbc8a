import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

/** Times are shown in China Standard Time wherever the browser happens to be. */
export const platformTimeZone = 'Asia/Shanghai';

export function formatDateTime(iso: string | null | undefined): string {
  return iso ? dayjs(iso).tz(platformTimeZone).format('YYYY-MM-DD HH:mm:ss') : '';
}
