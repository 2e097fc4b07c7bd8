import { Button, Checkbox, Group, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MunicipalitySummary } from '../../../../shared/domain/municipalities';
import type { MunicipalityVisitState } from '../../../../shared/domain/visits';

interface Props {
  countyName: string;
  /** The county's municipalities, in display order. */
  municipalities: MunicipalitySummary[];
  stateByCode: ReadonlyMap<string, MunicipalityVisitState>;
  value: string[];
  onChange: (codes: string[]) => void;
  error?: string | undefined;
}

/** The county's municipalities as checkboxes, each with its visit state, and quick selections. */
export function MunicipalityPicker({ countyName, municipalities, stateByCode, value, onChange, error }: Props) {
  const { t } = useTranslation();
  const notPlanned = municipalities.filter((m) => stateByCode.get(m.code) === 'ej_planerad').map((m) => m.code);
  return (
    <Checkbox.Group
      label={t('tours.municipalities')}
      description={t('tours.selectedCount', { selected: value.length, total: municipalities.length })}
      value={value}
      onChange={onChange}
      error={error}
    >
      <Group gap="xs" mt="xs">
        <Button size="compact-sm" variant="light" onClick={() => onChange(notPlanned)}>
          {t('tours.selectNotPlanned', { county: countyName })}
        </Button>
        <Button size="compact-sm" variant="light" onClick={() => onChange(municipalities.map((m) => m.code))}>
          {t('tours.selectAll', { county: countyName })}
        </Button>
        <Button size="compact-sm" variant="default" onClick={() => onChange([])}>
          {t('tours.clearSelection')}
        </Button>
      </Group>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3, lg: 4 }} mt="sm" spacing="xs" verticalSpacing={6}>
        {municipalities.map((m) => {
          const state = stateByCode.get(m.code);
          return (
            <Checkbox
              key={m.code}
              value={m.code}
              label={m.name}
              description={state ? t(`tours.states.${state}`) : undefined}
              data-state={state}
            />
          );
        })}
      </SimpleGrid>
    </Checkbox.Group>
  );
}
