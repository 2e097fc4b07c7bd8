import type { ProcessTemplateKey } from '../../../shared/domain/follow-up';
import { translate } from '../../../shared/i18n';

/** How many steps each template has; their titles are catalogue keys (followUp.templates.<key>.steps.s1…). */
const stepCounts: Record<ProcessTemplateKey, number> = { digital_malbild: 10 };

/**
 * The template's step titles in Swedish, as a new process stores them: once
 * made, a step is the library's own text to edit, not a label.
 */
export function templateSteps(key: ProcessTemplateKey): string[] {
  return Array.from({ length: stepCounts[key] }, (_, i) => translate(`followUp.templates.${key}.steps.s${i + 1}`));
}
