import {
  assignmentStatuses,
  evaluationGrades,
  evaluationRoundKinds,
  evaluationRoundStatuses,
  labelOf,
  objectionStatuses,
  sheetStatuses,
  type AssignmentStatus,
  type EnumEntry,
  type EvaluationGrade,
  type EvaluationRoundKind,
  type EvaluationRoundStatus,
  type ObjectionStatus,
  type SheetStatus,
} from '@shegong/domain';
import { Flex, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useLanguage } from '../../i18n/useLanguage';

/** A tag for a code of a domain list, coloured by code. */
function EnumTag<E extends EnumEntry>({
  list,
  code,
  colours,
}: {
  list: readonly E[];
  code: E['code'];
  colours: Partial<Record<E['code'], string>>;
}) {
  const { language } = useLanguage();
  return <Tag color={colours[code] ?? 'default'}>{labelOf(list, code, language)}</Tag>;
}

const roundColours: Record<EvaluationRoundStatus, string> = {
  open: 'blue',
  locked: 'purple',
  published: 'gold',
  final: 'green',
};
const assignmentColours: Record<AssignmentStatus, string> = {
  awaiting_declaration: 'default',
  cleared: 'green',
  conflict: 'red',
  waived: 'orange',
  withdrawn: 'default',
};
const gradeColours: Record<EvaluationGrade, string> = {
  excellent: 'green',
  good: 'blue',
  pass: 'gold',
  fail: 'red',
};
const objectionColours: Record<ObjectionStatus, string> = {
  open: 'gold',
  upheld: 'green',
  rejected: 'default',
};
const sheetColours: Record<SheetStatus, string> = { draft: 'blue', submitted: 'green' };

export const RoundStatusTag = ({ status }: { status: EvaluationRoundStatus }) => (
  <EnumTag list={evaluationRoundStatuses} code={status} colours={roundColours} />
);
export const AssignmentStatusTag = ({ status }: { status: AssignmentStatus }) => (
  <EnumTag list={assignmentStatuses} code={status} colours={assignmentColours} />
);
export const GradeTag = ({ grade }: { grade: EvaluationGrade | null }) =>
  grade ? <EnumTag list={evaluationGrades} code={grade} colours={gradeColours} /> : null;
export const ObjectionStatusTag = ({ status }: { status: ObjectionStatus }) => (
  <EnumTag list={objectionStatuses} code={status} colours={objectionColours} />
);
export const SheetStatusTag = ({ status }: { status: SheetStatus }) => (
  <EnumTag list={sheetStatuses} code={status} colours={sheetColours} />
);

export function useKindLabel() {
  const { language } = useLanguage();
  return (kind: EvaluationRoundKind) => labelOf(evaluationRoundKinds, kind, language);
}

/** A total out of 100 with its grade; a dash while an item is unscored. */
export function TotalAndGrade({
  total,
  grade,
}: {
  total: number | null;
  grade: EvaluationGrade | null;
}) {
  return total === null ? (
    <>—</>
  ) : (
    <>
      {total} <GradeTag grade={grade} />
    </>
  );
}

/** A name with what places it below, smaller (an evaluator and their agency, a project and its code). */
export function TwoLines({ children, sub }: { children: ReactNode; sub: ReactNode }) {
  return (
    <Flex vertical>
      <span>{children}</span>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {sub}
      </Typography.Text>
    </Flex>
  );
}
