import { Anchor, Divider, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { countyCodes, type CountyCode } from '../../../../shared/domain/municipalities';
import type { MunicipalityVisitState, TourPlan } from '../../../../shared/domain/visits';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notify } from '../../components/notify';
import { AcceptTourForm } from './AcceptTourForm';
import { DistanceSettings } from './DistanceSettings';
import { defaultTourName } from './format';
import { PlanResult } from './PlanResult';
import type { PlanFormValues, PlanInput } from './plan-form';
import { TourPlanForm } from './TourPlanForm';
import { usePlanTour } from './api';

function asCountyCode(value: string | null): CountyCode | undefined {
  return countyCodes.find((c) => c === value);
}

/** The plan on screen and the input it came from, which is what accepting books. */
interface Planned {
  input: PlanInput;
  plan: TourPlan;
  /** Planned again in the shown order after a leg or setting changed, so no longer optimised. */
  kept: boolean;
  /** Bumped on every fresh plan so the accept form takes its default name; kept on a re-plan so typed text stays. */
  version: number;
}

/** Planera resa: choose municipalities and rules, compute the itinerary, adjust legs, accept. */
export function TourBuilderPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const countyCode = asCountyCode(params.get('lan'));
  const [planned, setPlanned] = useState<Planned | null>(null);

  const counties = useApiQuery('counties.list', {});
  const municipalities = useApiQuery('municipalities.list', {});
  const progress = useApiQuery('visits.progress', { countyCode }, { keepPrevious: true });
  const planMutation = usePlanTour();

  const stateByCode = new Map<string, MunicipalityVisitState>((progress.data?.municipalities ?? []).map((m) => [m.code, m.state]));
  const county = counties.data?.find((c) => c.code === countyCode);

  const runPlan = async (input: PlanInput, kept: boolean) => {
    const plan = await planMutation.mutateAsync(input);
    setPlanned((prev) => ({ input, plan, kept, version: (prev?.version ?? 0) + (kept ? 0 : 1) }));
  };
  /** After a changed leg or distance setting: the same stops in the order shown, with the new numbers. */
  const replanInShownOrder = () => {
    if (!planned) return;
    const input = { ...planned.input, municipalityCodes: planned.plan.stops.map((s) => s.code), keepOrder: true };
    void runPlan(input, true).catch((error: unknown) => notify(t, error instanceof Error ? error.message : String(error), 'gray'));
  };

  const error = counties.error ?? municipalities.error;
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/resor">
        ← {t('tours.back')}
      </Anchor>
      <div>
        <Title order={1}>{t('tours.builderTitle')}</Title>
        <Text c="dimmed">{t('tours.builderIntro')}</Text>
      </div>
      {error && <ErrorAlert error={error} />}
      {!counties.data || !municipalities.data ? (
        <Loader aria-label={t('common.loading')} />
      ) : (
        <>
          <TourPlanForm
            counties={counties.data}
            municipalities={municipalities.data}
            countyCode={countyCode}
            onCountyChange={(code) => {
              setPlanned(null);
              const next = new URLSearchParams(params);
              if (code) next.set('lan', code);
              else next.delete('lan');
              setParams(next, { replace: true });
            }}
            stateByCode={stateByCode}
            planning={planMutation.isPending}
            onPlan={(values: PlanFormValues) => runPlan({ ...values, keepOrder: false }, false)}
            beforeSubmit={<DistanceSettings onChanged={replanInShownOrder} />}
          />
        </>
      )}
      {planned && county && (
        <>
          <Divider />
          <section aria-labelledby="tour-result-heading">
            <Title order={2} id="tour-result-heading" mb="sm">
              {t('tours.result')}
            </Title>
            <PlanResult
              plan={planned.plan}
              order={planned.kept ? 'keptOrder' : planned.plan.exact ? 'optimal' : 'heuristic'}
              onLegChanged={replanInShownOrder}
            />
          </section>
          <section aria-labelledby="tour-accept-heading">
            <Title order={2} id="tour-accept-heading" mb="sm">
              {t('tours.accept')}
            </Title>
            <AcceptTourForm
              key={planned.version}
              input={planned.input}
              plan={planned.plan}
              defaultName={defaultTourName(county.name, planned.plan.itinerary.days[0]?.date ?? planned.input.startDate)}
              onAccepted={(detail) => {
                notify(t, t('tours.accepted', { count: detail.visits.length }));
                void navigate(`/resor/${detail.tour.id}`);
              }}
            />
          </section>
        </>
      )}
    </Stack>
  );
}
