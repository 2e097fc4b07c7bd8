import { z } from 'zod';

/*
 * The project's theory of change (förändringsteori), as ESF+ applications
 * carry it: activities lead to outputs, outputs to outcomes, outcomes to
 * long-term effects. Each box may point on to boxes of the next level and
 * name what shows it in the app: activities, EU indicators, survey
 * questions.
 */

export const theoryLevels = ['aktivitet', 'output', 'resultat', 'effekt'] as const;
export type TheoryLevel = (typeof theoryLevels)[number];
export const theoryLinkKinds = ['box', 'activity', 'indicator', 'question'] as const;
export type TheoryLinkKind = (typeof theoryLinkKinds)[number];

export interface TheoryLink {
  kind: TheoryLinkKind;
  targetId: string;
  /** What the target is called now (a deleted target reads "borttagen"). */
  label: string;
}

export interface TheoryBox {
  id: string;
  level: TheoryLevel;
  position: number;
  title: string;
  description: string | null;
  links: TheoryLink[];
  updatedAt: string;
}

export interface ChangeTheory {
  boxes: TheoryBox[];
}

const id = z.uuid({ message: 'validation.id' });
export const saveTheoryBoxInput = z.object({
  id: id.optional(),
  level: z.enum(theoryLevels, { message: 'validation.invalid' }),
  title: z.string().trim().min(1, 'validation.required').max(200, 'validation.tooLong'),
  description: z.string().trim().max(2000, 'validation.tooLong').nullish().transform((s) => (s ? s : null)),
});
export const moveTheoryBoxInput = z.object({ id, direction: z.enum(['up', 'down'], { message: 'validation.invalid' }) });
export const setTheoryLinksInput = z.object({
  boxId: id,
  links: z
    .array(z.object({ kind: z.enum(theoryLinkKinds, { message: 'validation.invalid' }), targetId: z.string().trim().min(1, 'validation.required').max(60, 'validation.tooLong') }))
    .max(100, 'validation.tooMany'),
});

/** Something a box can point at, found by a search (activities and questions are many at national scale). */
export interface TheoryLinkOption {
  kind: TheoryLinkKind;
  targetId: string;
  label: string;
}
export const theoryLinkOptionsInput = z.object({
  kind: z.enum(['activity', 'indicator', 'question'], { message: 'validation.invalid' }),
  search: z.string().trim().max(100, 'validation.tooLong').default(''),
});
