import { Button, Fieldset, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useFieldArray, useForm, useWatch, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { roundingRules, type EsfSettings, type RoundingRule } from '../../../../shared/domain/esf';
import { FormActions, FormError } from '../../forms/FormParts';
import { useFieldError } from '../../forms/use-field-error';
import { useServerSubmit } from '../../forms/use-server-submit';
import { EsfPlusSettingsFields, RuleSetField } from './EsfPlusSettingsFields';
import { esfPlusFieldNames, esfPlusFormValues, toEsfPlusSettings, type EsfPlusFormValues } from './esf-plus-settings';
import { formatDecimal, kronorInputValue, parseDecimal, parseKronorToOre } from './format';

/* Numbers are text so a Swedish decimal comma can be typed; they become numbers only when sent. */
export interface SettingsFormValues extends EsfPlusFormValues {
  projectName: string;
  caseNumber: string;
  projectEmail: string;
  reportIdPattern: string;
  periodMonths: string;
  /** Kronor as typed; the settings keep öre, converted once in toSettings. */
  grantedEsf: string;
  decidedCoFinancingPercent: string;
  overhead: { year: string; percent: string }[];
  annualWorkingHours: string;
  rounding: string;
  targets: { participantsWomen: string; participantsMen: string; hours: string };
}

/* Named like the server's paths, so its messages land on the fields. */
const fieldNames = [
  'projectName',
  'caseNumber',
  'projectEmail',
  'reportIdPattern',
  'periodMonths',
  'decidedCoFinancingPercent',
  'annualWorkingHours',
  'rounding',
  'targets.participantsWomen',
  'targets.participantsMen',
  'targets.hours',
  ...esfPlusFieldNames,
] as Path<SettingsFormValues>[];

/** The settings schema's upper limit on the granted support, 1 000 000 000 kr. */
const MAX_GRANTED_ORE = 100_000_000_000;

/** Plain digits for the form: grouping spaces would be read back fine, but look odd in "1720". */
const plain = (n: number) => formatDecimal(n).replace(/[\s\u00a0]/g, '');

function toSettings(v: SettingsFormValues, previous: EsfSettings): EsfSettings {
  // The rules on the fields have already refused anything that does not parse.
  const num = (s: string) => parseDecimal(s) ?? Number.NaN;
  return {
    ...toEsfPlusSettings(v),
    projectName: v.projectName,
    caseNumber: v.caseNumber,
    projectEmail: v.projectEmail,
    reportIdPattern: v.reportIdPattern,
    periodMonths: num(v.periodMonths),
    // An empty field means not entered yet (0), as the settings define it.
    grantedEsfOre: v.grantedEsf.trim() === '' ? 0 : (parseKronorToOre(v.grantedEsf) ?? Number.NaN),
    decidedCoFinancingPercent: v.decidedCoFinancingPercent.trim() === '' ? 0 : num(v.decidedCoFinancingPercent),
    overheadByYear: Object.fromEntries(v.overhead.map((o) => [o.year.trim(), num(o.percent)])),
    annualWorkingHours: num(v.annualWorkingHours),
    rounding: v.rounding as RoundingRule,
    targets: {
      participantsWomen: num(v.targets.participantsWomen),
      participantsMen: num(v.targets.participantsMen),
      hours: num(v.targets.hours),
      activitiesPerTrack: previous.targets.activitiesPerTrack,
    },
  };
}

interface Props {
  settings: EsfSettings;
  /** The counties in the app: their regions come first in the co-financing table. */
  counties: readonly { code: string; name: string }[];
  onSave: (values: EsfSettings) => Promise<unknown>;
}

export function SettingsForm({ settings, counties, onSave }: Props) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const { register, handleSubmit, setError, getValues, control, formState, reset } = useForm<SettingsFormValues>({
    defaultValues: {
      ...esfPlusFormValues(settings),
      projectName: settings.projectName,
      caseNumber: settings.caseNumber,
      projectEmail: settings.projectEmail,
      reportIdPattern: settings.reportIdPattern,
      periodMonths: String(settings.periodMonths),
      grantedEsf: settings.grantedEsfOre > 0 ? kronorInputValue(settings.grantedEsfOre).replace(/,00$/, '') : '',
      decidedCoFinancingPercent: settings.decidedCoFinancingPercent > 0 ? plain(settings.decidedCoFinancingPercent) : '',
      overhead: Object.entries(settings.overheadByYear).map(([year, percent]) => ({ year, percent: plain(percent) })),
      annualWorkingHours: String(settings.annualWorkingHours),
      rounding: settings.rounding,
      targets: {
        participantsWomen: String(settings.targets.participantsWomen),
        participantsMen: String(settings.targets.participantsMen),
        hours: plain(settings.targets.hours),
      },
    },
  });
  const overhead = useFieldArray({ control, name: 'overhead' });
  const ruleSet = useWatch({ control, name: 'ruleSet' });
  const { errors, isSubmitting } = formState;
  const { submit, formError } = useServerSubmit({ handleSubmit, setError, getValues, formState, reset }, fieldNames, (v) => onSave(toSettings(v, settings)));
  const numeric = { validate: (s: string) => parseDecimal(s) !== null || 'esf.settings.notNumber' };
  const optionalPercent = {
    validate: (s: string) => {
      const n = parseDecimal(s);
      return s.trim() === '' || (n !== null && n >= 0 && n <= 100) || 'validation.percent';
    },
  };
  // The server knows the amount only as öre (grantedEsfOre), so the kronor field is checked here, with the server's own message and limit.
  const optionalKronor = {
    validate: (s: string) => {
      const ore = parseKronorToOre(s);
      return s.trim() === '' || (ore !== null && ore >= 0 && ore <= MAX_GRANTED_ORE) || 'validation.amount';
    },
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('esf.settings.title')}>
      <Stack maw={760}>
        <FormError message={formError} />
        <TextInput label={t('esf.settings.projectName')} withAsterisk {...register('projectName')} error={fieldError(errors.projectName)} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('esf.settings.caseNumber')} {...register('caseNumber')} error={fieldError(errors.caseNumber)} />
          <TextInput
            label={t('esf.settings.projectEmail')}
            description={t('esf.settings.projectEmailHint')}
            type="email"
            {...register('projectEmail')}
            error={fieldError(errors.projectEmail)}
          />
          <TextInput
            label={t('esf.settings.reportIdPattern')}
            description={t('esf.settings.reportIdHint')}
            {...register('reportIdPattern')}
            error={fieldError(errors.reportIdPattern)}
          />
          <TextInput label={t('esf.settings.periodMonths')} inputMode="numeric" {...register('periodMonths', numeric)} error={fieldError(errors.periodMonths)} />
        </SimpleGrid>
        <RuleSetField register={register} error={fieldError(errors.ruleSet)} />
        <Fieldset legend={t('esf.settings.decision')}>
          <TextInput
            label={t('esf.settings.grantedEsf')}
            description={t('esf.settings.grantedEsfHint')}
            inputMode="decimal"
            maw={360}
            {...register('grantedEsf', optionalKronor)}
            error={fieldError(errors.grantedEsf)}
          />
        </Fieldset>
        <EsfPlusSettingsFields register={register} errors={errors} fieldError={fieldError} ruleSet={ruleSet} counties={counties} />
        <Fieldset legend={t('esfPlus.settings.esf2012Legend')} data-testid="esf-2012-settings">
          <Stack gap="sm">
            <Text size="sm" c="dimmed">
              {ruleSet === 'esf_2007_2013' ? t('esfPlus.settings.applies') : t('esfPlus.settings.notApplied')}
            </Text>
            <TextInput
              label={t('esf.settings.decidedCoFinancing')}
              description={t('esf.settings.decidedCoFinancingHint')}
              inputMode="decimal"
              maw={360}
              {...register('decidedCoFinancingPercent', optionalPercent)}
              error={fieldError(errors.decidedCoFinancingPercent)}
            />
          </Stack>
        </Fieldset>
        <Fieldset legend={t('esfPlus.settings.participantWageLegend')}>
          <Stack gap="sm">
            <Text size="sm" c="dimmed">
              {t('esfPlus.settings.participantWageIntro')}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('esf.settings.annualWorkingHours')}
                inputMode="numeric"
                {...register('annualWorkingHours', numeric)}
                error={fieldError(errors.annualWorkingHours)}
              />
              <NativeSelect
                label={t('esf.settings.rounding')}
                {...register('rounding')}
                error={fieldError(errors.rounding)}
                data={roundingRules.map((r) => ({ value: r, label: t(`esf.settings.roundings.${r}`) }))}
              />
            </SimpleGrid>
            <Text fw={500} size="sm" mt="xs">
              {t('esf.settings.overhead')}
            </Text>
            <Stack gap="xs">
              {overhead.fields.map((field, i) => (
                <Group key={field.id} align="flex-start">
                  <TextInput
                    label={t('esf.settings.year')}
                    inputMode="numeric"
                    w={120}
                    {...register(`overhead.${i}.year`, { pattern: { value: /^\s*\d{4}\s*$/, message: 'validation.year' } })}
                    error={fieldError(errors.overhead?.[i]?.year)}
                  />
                  <TextInput
                    label={t('esf.settings.percent')}
                    inputMode="decimal"
                    w={140}
                    {...register(`overhead.${i}.percent`, numeric)}
                    error={fieldError(errors.overhead?.[i]?.percent)}
                  />
                  <Button variant="subtle" color="red" mt={25} onClick={() => overhead.remove(i)} aria-label={t('esf.settings.removeYear', { year: getValues(`overhead.${i}.year`) })}>
                    {t('common.delete')}
                  </Button>
                </Group>
              ))}
              <Group>
                <Button variant="default" onClick={() => overhead.append({ year: '', percent: '' })}>
                  {t('esf.settings.addYear')}
                </Button>
              </Group>
            </Stack>
          </Stack>
        </Fieldset>
        <Fieldset legend={t('esf.settings.targets')}>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              label={t('esf.settings.targetWomen')}
              inputMode="numeric"
              {...register('targets.participantsWomen', numeric)}
              error={fieldError(errors.targets?.participantsWomen)}
            />
            <TextInput
              label={t('esf.settings.targetMen')}
              inputMode="numeric"
              {...register('targets.participantsMen', numeric)}
              error={fieldError(errors.targets?.participantsMen)}
            />
            <TextInput label={t('esf.settings.targetHours')} inputMode="decimal" {...register('targets.hours', numeric)} error={fieldError(errors.targets?.hours)} />
          </SimpleGrid>
        </Fieldset>
        <FormActions submitting={isSubmitting} />
      </Stack>
    </form>
  );
}
