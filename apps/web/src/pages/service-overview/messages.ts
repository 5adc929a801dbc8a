import { defineMessages } from '../../i18n/define-messages';

export const serviceOverviewMessages = defineMessages({
  'zh-CN': {
    'menu.serviceOverview': '服务概览',
    'menu.serviceOverview.description':
      '辖区个案、服务人次与转介一览，按下级区划对比；每个数字可进入对应的统计页核对',
    'serviceOverview.title': '服务概览',
    'serviceOverview.openCases': '在案个案',
    'serviceOverview.closedCases': '累计结案 {closed} 个',
    'serviceOverview.overdueReassessments': '逾期未复评',
    'serviceOverview.personTimes': '本年服务人次',
    'serviceOverview.attendanceOnly': '小组与活动的实到人次（报名未到不计）',
    'serviceOverview.referralsSent': '本年转介',
    'serviceOverview.referralsDone': '已办结 {done} 件',
    'serviceOverview.referralsOverdue': '逾期转介',
    'serviceOverview.answeredLate': '超时答复 {late} 件',
    'serviceOverview.personTimesByMonth': '本年服务人次（按月）',
    'serviceOverview.groupSessions': '小组',
    'serviceOverview.activitySessions': '社区活动',
    'serviceOverview.byDivision': '下级区划',
    'serviceOverview.byDivision.hint':
      '个案为当前数，人次与转介为本年至今；点击区划名称查看下一级。',
    'serviceOverview.column.region': '区划',
    'serviceOverview.column.openCases': '在案个案',
    'serviceOverview.column.closedCases': '累计结案',
    'serviceOverview.column.personTimes': '本年人次',
    'serviceOverview.column.referralsSent': '本年转介',
    'serviceOverview.column.referralsOverdue': '逾期转介',
  },
  'en-US': {
    'menu.serviceOverview': 'Service overview',
    'menu.serviceOverview.description':
      'Case work, person-times and referrals of the region, its divisions side by side; each figure leads to the page that counts it',
    'serviceOverview.title': 'Service overview',
    'serviceOverview.openCases': 'Open cases',
    'serviceOverview.closedCases': '{closed} closed in all',
    'serviceOverview.overdueReassessments': 'Re-assessments overdue',
    'serviceOverview.personTimes': 'Person-times this year',
    'serviceOverview.attendanceOnly':
      'Present at group and activity sessions (registered but absent not counted)',
    'serviceOverview.referralsSent': 'Referrals this year',
    'serviceOverview.referralsDone': '{done} done',
    'serviceOverview.referralsOverdue': 'Referrals overdue',
    'serviceOverview.answeredLate': '{late} answered late',
    'serviceOverview.personTimesByMonth': 'Person-times this year, by month',
    'serviceOverview.groupSessions': 'Groups',
    'serviceOverview.activitySessions': 'Community activities',
    'serviceOverview.byDivision': 'Divisions',
    'serviceOverview.byDivision.hint':
      'Cases as they stand now; person-times and referrals this year so far. Click a division to go one level down.',
    'serviceOverview.column.region': 'Division',
    'serviceOverview.column.openCases': 'Open cases',
    'serviceOverview.column.closedCases': 'Closed in all',
    'serviceOverview.column.personTimes': 'Person-times',
    'serviceOverview.column.referralsSent': 'Referrals',
    'serviceOverview.column.referralsOverdue': 'Overdue',
  },
});
