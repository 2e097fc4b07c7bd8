import type { BenchCase } from '../case';
import { municipalityCases } from './municipalities';
import { openCases } from './open';
import { tourCases } from './tours';
import { trainingCases } from './training';
import { esfCases } from './esf';
import { syncCases } from './sync';
import { backupCases } from './backup';
import { pagedReadCases } from './paged-reads';
import { aggregateCases } from './aggregates';
import { surveyCases } from './surveys';
import { esfPlusCases } from './esf-plus';

/*
 * Every benchmark case, in the order the table prints them. A new case is a
 * BenchCase (subject, raw baseline, target) in a module under cases/,
 * appended here; run.ts needs no change.
 */
export const allCases: readonly BenchCase[] = [...openCases, ...municipalityCases, ...tourCases, ...trainingCases, ...esfCases, ...syncCases, ...backupCases, ...pagedReadCases, ...aggregateCases, ...surveyCases, ...esfPlusCases];
