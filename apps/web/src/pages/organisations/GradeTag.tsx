import { labelOf, ratingGrades, type RatingGrade } from '@shegong/domain';
import { Tag, Tooltip } from 'antd';
import { useLanguage } from '../../i18n/useLanguage';

const gradeColours: Record<RatingGrade, string> = {
  '5A': 'gold',
  '4A': 'volcano',
  '3A': 'green',
  '2A': 'cyan',
  '1A': 'blue',
};

/** The grade in force (5A…1A) with its validity on hover, or 未评估. */
export function GradeTag({
  rating,
}: {
  rating: { grade: RatingGrade; validUntil: string } | null;
}) {
  const { language, t } = useLanguage();
  if (!rating) return <Tag>{t('organisations.grade.none')}</Tag>;
  return (
    <Tooltip title={t('organisations.grade.validUntil', { date: rating.validUntil })}>
      <Tag color={gradeColours[rating.grade]}>{labelOf(ratingGrades, rating.grade, language)}</Tag>
    </Tooltip>
  );
}
