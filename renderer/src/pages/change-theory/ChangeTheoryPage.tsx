import { Badge, Button, Card, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { theoryLevels, type TheoryBox, type TheoryLevel } from '../../../../shared/domain/change-theory';
import { useApiQuery } from '../../api/hooks';
import { AppModal } from '../../components/AppModal';
import { ConfirmDeleteModal } from '../../components/ConfirmDeleteModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notify } from '../../components/notify';
import { useDeleteBox, useMoveBox, useSaveBox, useSetLinks } from './api';
import { BoxForm } from './BoxForm';
import { LinksForm } from './LinksForm';
import { TheoryDiagram } from './TheoryDiagram';

type Editing = { kind: 'box'; level: TheoryLevel; box: TheoryBox | null } | { kind: 'links'; box: TheoryBox } | null;

/**
 * Förändringsteori: the project's theory of change as four columns of
 * boxes (activities → outputs → outcomes → long-term effects), each box
 * edited, moved within its column, deleted, and linked on to the next level
 * and to what evidences it; the diagram below draws the same.
 */
export function ChangeTheoryPage() {
  const { t } = useTranslation();
  const theory = useApiQuery('changeTheory.get', {});
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<TheoryBox | null>(null);
  const saveBox = useSaveBox();
  const setLinks = useSetLinks();
  const moveBox = useMoveBox();
  const removing = useDeleteBox();
  const boxes = theory.data?.boxes ?? [];

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('changeTheory.title')}</Title>
        <Text c="dimmed">{t('changeTheory.intro')}</Text>
      </div>
      {theory.error && <ErrorAlert error={theory.error} />}
      {moveBox.error && <ErrorAlert error={moveBox.error} />}
      {theory.isPending && <Loader aria-label={t('common.loading')} />}
      {theory.data && (
        <>
          {boxes.length === 0 && <Text>{t('changeTheory.empty')}</Text>}
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md">
            {theoryLevels.map((level) => {
              const inLevel = boxes.filter((b) => b.level === level);
              return (
                <Stack key={level} component="section" aria-labelledby={`level-${level}`} gap="sm" data-testid={`level-${level}`}>
                  <Title order={2} size="h4" id={`level-${level}`}>
                    {t(`changeTheory.levels.${level}`)}
                  </Title>
                  {inLevel.length === 0 && (
                    <Text c="dimmed" size="sm">
                      {t('changeTheory.emptyLevel')}
                    </Text>
                  )}
                  {inLevel.map((box, i) => (
                    <BoxCard
                      key={box.id}
                      box={box}
                      first={i === 0}
                      last={i === inLevel.length - 1}
                      moving={moveBox.isPending}
                      onEdit={() => setEditing({ kind: 'box', level, box })}
                      onLinks={() => setEditing({ kind: 'links', box })}
                      onMove={(direction) => moveBox.mutate({ id: box.id, direction })}
                      onDelete={() => setDeleting(box)}
                    />
                  ))}
                  <Button variant="light" size="xs" onClick={() => setEditing({ kind: 'box', level, box: null })} aria-label={t('changeTheory.addBoxTo', { level: t(`changeTheory.levels.${level}`) })}>
                    {t('changeTheory.addBox')}
                  </Button>
                </Stack>
              );
            })}
          </SimpleGrid>
          {boxes.length > 0 && (
            <Stack component="section" aria-labelledby="theory-diagram-title" gap="sm">
              <Title order={2} size="h3" id="theory-diagram-title">
                {t('changeTheory.diagram')}
              </Title>
              <div style={{ overflowX: 'auto' }}>
                <TheoryDiagram boxes={boxes} />
              </div>
            </Stack>
          )}
        </>
      )}
      <AppModal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        size={editing?.kind === 'links' ? 'xl' : 'lg'}
        title={
          editing?.kind === 'links'
            ? t('changeTheory.linksTitle', { title: editing.box.title })
            : editing?.box
              ? t('changeTheory.editBoxLabel', { title: editing.box.title })
              : editing
                ? t('changeTheory.newBox', { level: t(`changeTheory.level.${editing.level}`) })
                : ''
        }
      >
        {editing?.kind === 'box' && (
          <BoxForm
            box={editing.box}
            onCancel={() => setEditing(null)}
            onSave={async (values) => {
              await saveBox.mutateAsync({ ...values, level: editing.level, id: editing.box?.id });
              notify(t, t('changeTheory.saved'));
              setEditing(null);
            }}
          />
        )}
        {editing?.kind === 'links' && (
          <LinksForm
            box={editing.box}
            boxes={boxes}
            onCancel={() => setEditing(null)}
            onSave={async (links) => {
              await setLinks.mutateAsync({ boxId: editing.box.id, links });
              notify(t, t('changeTheory.linksSaved'));
              setEditing(null);
            }}
          />
        )}
      </AppModal>
      <ConfirmDeleteModal
        opened={deleting !== null}
        message={deleting ? t('changeTheory.deleteConfirm', { title: deleting.title }) : ''}
        loading={removing.isPending}
        error={removing.error?.message ?? null}
        onCancel={() => {
          removing.reset();
          setDeleting(null);
        }}
        onConfirm={() =>
          void removing.mutateAsync({ id: deleting!.id }).then(() => {
            notify(t, t('changeTheory.removed'));
            setDeleting(null);
          })
        }
      />
    </Stack>
  );
}

interface CardProps {
  box: TheoryBox;
  first: boolean;
  last: boolean;
  moving: boolean;
  onEdit: () => void;
  onLinks: () => void;
  onMove: (direction: 'up' | 'down') => void;
  onDelete: () => void;
}

function BoxCard({ box, first, last, moving, onEdit, onLinks, onMove, onDelete }: CardProps) {
  const { t } = useTranslation();
  const leads = box.links.filter((l) => l.kind === 'box');
  const evidence = box.links.filter((l) => l.kind !== 'box');
  return (
    <Card withBorder padding="sm" component="article" aria-label={box.title} data-testid="theory-box">
      <Stack gap={6}>
        <Text fw={600}>{box.title}</Text>
        {box.description && (
          <Text size="sm" c="dimmed">
            {box.description}
          </Text>
        )}
        {leads.length > 0 && (
          <Text size="sm">
            {t('changeTheory.linkKinds.box')}: {leads.map((l) => l.label).join(', ')}
          </Text>
        )}
        {evidence.length > 0 && (
          <Group gap={4}>
            {evidence.map((l) => (
              <Badge key={`${l.kind}:${l.targetId}`} variant="light" tt="none" style={{ maxWidth: '100%' }} title={l.label}>
                {l.kind === 'indicator' ? l.targetId : l.label}
              </Badge>
            ))}
          </Group>
        )}
        <Group gap={4}>
          <Button size="compact-xs" variant="subtle" disabled={first || moving} onClick={() => onMove('up')} aria-label={t('changeTheory.moveUp', { title: box.title })}>
            ↑
          </Button>
          <Button size="compact-xs" variant="subtle" disabled={last || moving} onClick={() => onMove('down')} aria-label={t('changeTheory.moveDown', { title: box.title })}>
            ↓
          </Button>
          <Button size="compact-xs" variant="default" onClick={onEdit} aria-label={t('changeTheory.editBoxLabel', { title: box.title })}>
            {t('changeTheory.editBox')}
          </Button>
          <Button size="compact-xs" variant="default" onClick={onLinks} aria-label={t('changeTheory.editLinksLabel', { title: box.title })}>
            {t('changeTheory.editLinks')}
          </Button>
          <Button size="compact-xs" variant="subtle" color="red" onClick={onDelete} aria-label={t('changeTheory.deleteBoxLabel', { title: box.title })}>
            {t('changeTheory.deleteBox')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
