export { languages, type Language, type LocalizedText } from './i18n/language';
export { toHalfWidth, normalizeIdentifierInput } from './text/normalize-input';
export { hasControlCharacter } from './text/control-characters';

export {
  parseResidentId,
  residentIdCheckChar,
  isResidentId,
  type Sex,
  type ResidentId,
  type ResidentIdError,
  type ResidentIdResult,
} from './identifiers/resident-id';
export {
  parseCreditCode,
  creditCodeCheckChar,
  isCreditCode,
  creditCodeCategories,
  type CreditCode,
  type CreditCodeCategory,
  type CreditCodeError,
  type CreditCodeResult,
} from './identifiers/credit-code';
export { parseMobile, isMobile, type MobileError, type MobileResult } from './identifiers/mobile';
export {
  identifierErrorMessages,
  validationMessage,
  type ValidationMessageKey,
} from './identifiers/messages';

export {
  regionLevels,
  regionCodeLengths,
  countryRegionCode,
  normalizeRegionCode,
  isRegionCode,
  regionLevelOf,
  childLevelOf,
  parentRegionCode,
  regionAncestors,
  regionContains,
  toStatisticalCode,
  toCountyCode6,
  type RegionLevel,
} from './regions/region-code';

export {
  maskResidentId,
  maskResidentIdShort,
  maskPhone,
  maskName,
  maskSensitiveText,
} from './masking';

export { codesOf, type EnumEntry } from './enums/enum-entry';
export { labelOf } from './enums/label';
export {
  certificateLevels,
  certificateLevelSchema,
  type CertificateLevel,
} from './enums/certificate-levels';
export {
  populationGroups,
  populationGroupSchema,
  type PopulationGroup,
} from './enums/population-groups';
export { serviceFields, serviceFieldSchema, type ServiceField } from './enums/service-fields';
export { ratingGrades, ratingGradeSchema, type RatingGrade } from './enums/rating-grades';
export {
  organisationTypes,
  organisationTypeSchema,
  type OrganisationType,
} from './enums/organisation-types';
export { stationTiers, stationTierSchema, type StationTier } from './enums/station-tiers';
export {
  urbanRuralClasses,
  urbanRuralClassSchema,
  type UrbanRuralClass,
} from './enums/urban-rural-classes';
export { caseWorkStages, caseWorkStageSchema, type CaseWorkStage } from './enums/case-work-stages';
export {
  groupWorkStages,
  groupWorkStageSchema,
  type GroupWorkStage,
} from './enums/group-work-stages';

export {
  residentIdSchema,
  creditCodeSchema,
  mobileSchema,
  regionCodeSchema,
} from './zod/identifier-schemas';

export { permissions, permissionCodes, type Permission } from './access/permissions';
export {
  roles,
  roleCodes,
  roleSchema,
  roleDefinition,
  permissionsOf,
  type Role,
} from './access/roles';

export {
  loginRequestSchema,
  changePasswordRequestSchema,
  sessionSchema,
  type PasswordSetNotice,
  type Session,
} from './contracts/session';
export {
  divisionSchema,
  divisionWithPathSchema,
  type Division,
  type DivisionWithPath,
} from './contracts/divisions/divisions';
export { pageQuerySchema, pageOf, cursorQuerySchema, cursorPageOf } from './contracts/lists';
export {
  accountStatusSchema,
  scopeCodeSchema,
  accountSchema,
  accountListQuerySchema,
  createAccountSchema,
  updateAccountSchema,
  assignAccessSchema,
  accountOrganisationOptionSchema,
  accountOrganisationQuerySchema,
  accountWorkerOptionSchema,
  accountWorkerQuerySchema,
  resetPasswordSchema,
  type Account,
  type AccountOrganisationOption,
  type AccountWorkerOption,
  type AccountListQuery,
  type CreateAccount,
  type UpdateAccount,
  type AssignAccess,
} from './contracts/accounts/accounts';
export {
  auditActions,
  auditActionSchema,
  auditActionLabels,
  auditEventSchema,
  auditQuerySchema,
  auditImportJobSchema,
  type AuditEvent,
  type AuditQuery,
  type AuditImportJob,
} from './contracts/audit';
export {
  auditDetailSchema,
  auditNote,
  describeAuditDetail,
  legacyAuditDetail,
  type AuditDetail,
  type AuditDetailCode,
  type AuditDetailParams,
} from './contracts/audit-details';
export {
  securityPolicySchema,
  securityPolicyResponseSchema,
  updateSecurityPolicySchema,
  defaultSecurityPolicy,
  type SecurityPolicy,
} from './contracts/security-policy';
export { roleMatrixSchema, type RoleMatrix } from './contracts/roles';
export { roleAssignmentProblems } from './access/role-rules';
export {
  organisationBackgrounds,
  organisationBackgroundSchema,
  type OrganisationBackground,
} from './enums/organisation-backgrounds';
export {
  inspectionResults,
  inspectionResultSchema,
  type InspectionResult,
} from './enums/inspection-results';
export {
  creditRecordKinds,
  creditRecordKindSchema,
  enteredCreditRecordKinds,
  type CreditRecordKind,
} from './enums/credit-record-kinds';
export {
  incubationSupports,
  incubationSupportSchema,
  type IncubationSupport,
} from './enums/incubation-supports';
export { grantKinds, grantKindSchema, type GrantKind } from './enums/grant-kinds';
export { fundingSources, fundingSourceSchema, type FundingSource } from './enums/funding-sources';
export { stationStatuses, stationStatusSchema, type StationStatus } from './enums/station-statuses';
export { staffingRoles, staffingRoleSchema, type StaffingRole } from './enums/staffing-roles';
export {
  isCalendarDate,
  addYears,
  addDays,
  chinaToday,
  deadlineLastDay,
  type CalendarDate,
} from './rules/calendar-dates';
export {
  ratingValidityYears,
  ratingValidUntil,
  currentRating,
  ratingEligibility,
  ineligibilityReasons,
  type RatingPeriod,
  type ConductRecord,
  type EligibilityInput,
  type IneligibilityReason,
} from './rules/organisation-rating';
export { calendarDateSchema } from './contracts/dates';
export * from './contracts/organisations/organisations';
export {
  defaultStaffingNorm,
  effectiveNorm,
  normLookup,
  settlementOf,
  requiredStaff,
  type StaffingNorm,
  type Settlement,
} from './rules/staffing-norms';
export * from './contracts/stations/stations';
export * from './contracts/imports';
export * from './contracts/uploaded-files';
export {
  educationLevels,
  educationLevelSchema,
  type EducationLevel,
} from './enums/education-levels';
export { postTypes, postTypeSchema, type PostType } from './enums/post-types';
export { expertTags, expertTagSchema, type ExpertTag } from './enums/expert-tags';
export { courseTypes, courseTypeSchema, type CourseType } from './enums/course-types';
export { creditSources, creditSourceSchema, type CreditSource } from './enums/credit-sources';
export {
  registrationStatuses,
  registrationStatusSchema,
  type RegistrationStatus,
} from './enums/registration-statuses';
export { rewardStatuses, rewardStatusSchema, type RewardStatus } from './enums/reward-statuses';
export { employerKinds, employerKindSchema, type EmployerKind } from './enums/employer-kinds';
export {
  examSubjects,
  examLevels,
  defaultPassMark,
  examPassedYear,
  isExamSubject,
  type ExamLevel,
  type ExamScore,
} from './rules/exams';
export {
  registrationValidityYears,
  renewalWindowMonths,
  ceHoursRequired,
  registrationValidUntil,
  registrationWindow,
  registrationPeriod,
  isWithin,
  addMonths,
  type RegistrationWindow,
} from './rules/registration';
export {
  defaultCreditRule,
  degreeHours,
  creditedHours,
  type CreditRule,
  type CreditEntry,
} from './rules/continuing-education';
export {
  yearsInService,
  coversDate,
  turnover,
  ageOn,
  ageBands,
  serviceYearBands,
  type EmploymentPeriod,
} from './rules/careers';
export { defaultRewardAmountsFen } from './rules/rewards';
export {
  majorMismatchMessages,
  socialWorkMajorMismatch,
  type MajorMismatch,
} from './rules/social-work-major';
export * from './contracts/talent';
export * from './contracts/clients';
export * from './contracts/groupwork';
export * from './contracts/casework';
export * from './contracts/referrals';
export * from './contracts/projects';
export * from './contracts/funds';
export * from './contracts/regional-rates';
export * from './contracts/tenders';
export * from './contracts/contracts';
export { listPath, type FigureLink } from './drill-down/figure-link';
export {
  workerListPath,
  workerListFilterKeys,
  type WorkerListFilters,
  type WorkerListFilterKey,
} from './drill-down/worker-list';
export {
  censusLinks,
  censusBuckets,
  censusFigureLinks,
  censusDimensions,
  type CensusBucket,
  type CensusDimension,
} from './drill-down/census-links';
export {
  stationListPath,
  type StationListFilters,
  type StationListFilterKey,
} from './drill-down/station-list';
export { coverageLinks, coverageFigureLinks, stationTotal } from './drill-down/coverage-links';
export * from './contracts/deadlines/deadlines';
export * from './rules/tender-eligibility';
export * from './contracts/indicators';
export * from './contracts/evaluations';
export * from './rules/evaluation-scoring';
export * from './rules/contract-outputs';
export * from './rules/spot-check-draw';
export * from './rules/evaluation-schedule';
export * from './rules/indicator-tree';
export * from './rules/conflict-of-interest';
export { contractAmountCap } from './rules/contract-amount';
