import { Alert, Button, Checkbox, CloseButton, Fieldset, Group, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TheoryBox, TheoryLink, TheoryLinkKind } from '../../../../shared/domain/change-theory';
import { theoryLevels } from '../../../../shared/domain/change-theory';
import { indicatorCodes } from '../../../../shared/domain/eu-indicators';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useUnsavedChanges } from '../../forms/unsaved-changes';

type Link = Pick<TheoryLink, 'kind' | 'targetId' | 'label'>;
const keyOf = (l: Pick<Link, 'kind' | 'targetId'>) => `${l.kind}:${l.targetId}`;
const sameSet = (a: readonly Link[], b: readonly Link[]) => a.length === b.length && a.every((l) => b.some((m) => keyOf(m) === keyOf(l)));

interface Props {
  box: TheoryBox;
  /** Every live box: the next level's are the ones this box can lead to. */
  boxes: readonly TheoryBox[];
  onSave: (links: { kind: TheoryLinkKind; targetId: string }[]) => Promise<unknown>;
  onCancel: () => void;
}

/** What a box leads to and what shows it: next-level boxes, EU indicators, activities and survey questions found by a search. */
export function LinksForm({ box, boxes, onSave, onCancel }: Props) {
  const { t } = useTranslation();
  const [links, setLinks] = useState<Link[]>(box.links);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const dirty = !sameSet(links, box.links);
  // The guard's "Spara och fortsätt" runs the same save; a ref breaks the circle (the save steps the guard aside).
  const saveRef = useRef<() => Promise<void>>(async () => undefined);
  const guard = useUnsavedChanges(dirty, t('changeTheory.linksTitle', { title: box.title }), () => saveRef.current());
  const save = async () => {
    setSaving(true);
    setError(null);
    guard.release();
    try {
      await onSave(links.map(({ kind, targetId }) => ({ kind, targetId })));
    } catch (e) {
      guard.restore();
      setError(e instanceof Error ? e.message : String(e));
      throw e;
    } finally {
      setSaving(false);
    }
  };
  useEffect(() => {
    saveRef.current = save;
  });
  const has = (kind: TheoryLinkKind, targetId: string) => links.some((l) => l.kind === kind && l.targetId === targetId);
  const toggle = (link: Link, on: boolean) => setLinks((now) => (on ? (has(link.kind, link.targetId) ? now : [...now, link]) : now.filter((l) => keyOf(l) !== keyOf(link))));

  const next = theoryLevels[theoryLevels.indexOf(box.level) + 1];
  const nextBoxes = next ? boxes.filter((b) => b.level === next) : [];
  return (
    <form
      noValidate
      aria-label={t('changeTheory.editLinksLabel', { title: box.title })}
      onSubmit={(e) => {
        e.preventDefault();
        void save().catch(() => undefined);
      }}
    >
      <Stack>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Fieldset legend={next ? t('changeTheory.nextLevelBoxes', { level: t(`changeTheory.levels.${next}`) }) : t('changeTheory.linkKinds.box')} variant="unstyled">
          <Stack gap={6} mt={6}>
            {!next && <Text c="dimmed" size="sm">{t('changeTheory.noNextLevel')}</Text>}
            {next && nextBoxes.length === 0 && <Text c="dimmed" size="sm">{t('changeTheory.noNextBoxes')}</Text>}
            {nextBoxes.map((b) => (
              <Checkbox key={b.id} label={b.title} checked={has('box', b.id)} onChange={(e) => toggle({ kind: 'box', targetId: b.id, label: b.title }, e.currentTarget.checked)} />
            ))}
          </Stack>
        </Fieldset>
        <Fieldset legend={t('changeTheory.pickIndicators')} variant="unstyled">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing={6} verticalSpacing={6} mt={6}>
            {indicatorCodes.map((code) => {
              const label = `${code} ${t(`euIndicators.codes.${code}`)}`;
              return <Checkbox key={code} label={label} checked={has('indicator', code)} onChange={(e) => toggle({ kind: 'indicator', targetId: code, label }, e.currentTarget.checked)} />;
            })}
          </SimpleGrid>
        </Fieldset>
        <SearchPicker kind="activity" label={t('changeTheory.linkKinds.activity')} searchLabel={t('changeTheory.searchActivities')} links={links} onToggle={toggle} />
        <SearchPicker kind="question" label={t('changeTheory.linkKinds.question')} searchLabel={t('changeTheory.searchQuestions')} links={links} onToggle={toggle} />
        <Group justify="flex-end" className="form-actions">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={saving}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The chosen links of one kind, each removable, and a search (at most 20 answers) to add more. */
function SearchPicker({ kind, label, searchLabel, links, onToggle }: { kind: 'activity' | 'question'; label: string; searchLabel: string; links: readonly Link[]; onToggle: (l: Link, on: boolean) => void }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const options = useApiQuery('changeTheory.linkOptions', { kind, search: debounced }, { keepPrevious: true, enabled: debounced.length > 0 });
  const chosen = links.filter((l) => l.kind === kind);
  const offered = (options.data ?? []).filter((o) => !chosen.some((c) => c.targetId === o.targetId));
  return (
    <Stack gap={6}>
      <Title order={3} size="h6">
        {label}
      </Title>
      {chosen.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('changeTheory.noLinks')}
        </Text>
      ) : (
        <Stack gap={2} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {chosen.map((l) => (
            <Group key={l.targetId} component="li" gap="xs" wrap="nowrap">
              <Text size="sm">{l.label}</Text>
              <CloseButton size="sm" aria-label={t('changeTheory.removeLink', { label: l.label })} onClick={() => onToggle(l, false)} />
            </Group>
          ))}
        </Stack>
      )}
      <TextInput label={searchLabel} value={search} onChange={(e) => setSearch(e.currentTarget.value)} />
      {options.error && <ErrorAlert error={options.error} />}
      {debounced.length > 0 && options.data && (
        <Stack gap={2} component="ul" aria-label={searchLabel} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {offered.length === 0 && (
            <Text component="li" c="dimmed" size="sm">
              {t('changeTheory.noMatches')}
            </Text>
          )}
          {offered.map((o) => (
            <Group key={o.targetId} component="li" gap="xs" wrap="nowrap" justify="space-between">
              <Text size="sm">{o.label}</Text>
              <Button size="compact-xs" variant="light" aria-label={`${t('changeTheory.add')}: ${o.label}`} onClick={() => onToggle(o, true)}>
                {t('changeTheory.add')}
              </Button>
            </Group>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
