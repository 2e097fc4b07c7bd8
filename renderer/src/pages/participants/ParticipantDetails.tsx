import { SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type ParticipantSummary } from '../../../../shared/domain/participants';
import { formatInteger } from '../../../../shared/format';
import { formatDecimal, formatPeriod } from './format';

/** The participant's stored facts as a description list; erased fields read as "–". */
export function ParticipantDetails({ participant: p }: { participant: ParticipantSummary }) {
  const { t } = useTranslation();
  const none = t('common.none');
  const facts: [string, string][] = [
    [t('participants.gender'), t(`participants.genders.${p.gender}`)],
    [t('participants.birthYear'), p.birthYear === null ? none : String(p.birthYear)],
    [t('participants.personnummer'), p.personnummerMasked ?? none],
    [t('participants.municipality'), p.municipalityName],
    [t('participants.unit'), p.libraryUnitName ?? none],
    [t('participants.role'), p.role ?? none],
    [t('participants.employmentRate'), p.employmentRate === null ? none : formatDecimal(p.employmentRate)],
    [t('participants.monthlySalary'), p.monthlySalary === null ? none : formatInteger(p.monthlySalary)],
    [t('participants.period'), formatPeriod(p.startDate, p.endDate)],
    [t('participants.hours'), formatDecimal(p.hours)],
  ];
  return (
    <SimpleGrid component="dl" cols={{ base: 1, xs: 2, md: 5 }} spacing="md" verticalSpacing="sm" m={0} data-testid="participant-details">
      {facts.map(([label, value]) => (
        <div key={label}>
          <Text component="dt" size="sm" c="dimmed">
            {label}
          </Text>
          <Text component="dd" m={0} fw={500}>
            {value}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}
