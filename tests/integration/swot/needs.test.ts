import { afterEach, beforeEach, expect, it } from 'vitest';
import { swotSummaryData } from '../../../electron/core/reports/swot-summary-data';
import { callOk, openTestProject, type TestProject } from '../../helpers/db';

/*
 * The case: the Styrka "Engagerad personal som gärna går på kurser",
 * tagged Lärande, is a strength to build on. It must not raise the Lärande
 * need anywhere — Kartläggning, the municipality's plan view or the Word
 * summary — while a Svaghet tagged Lärande does.
 */

let p: TestProject;
beforeEach(async () => {
  p = await openTestProject();
});
afterEach(async () => p.cleanup());

it('counts a strength tagged Lärande as a strength, and only the weakness as a Lärande need', async () => {
  const lärande = (await callOk(p.dispatch, 'areas.list', {})).find((a) => a.name === 'Lärande')!.id;
  const day = await callOk(p.dispatch, 'swotDays.create', { municipalityCode: '2062', date: '2012-04-18', status: 'genomford' });
  const add = async (quadrant: 'styrkor' | 'svagheter', text: string) => {
    const note = await callOk(p.dispatch, 'swotNotes.add', { swotDayId: day.id, perspective: 'nya_utmaningar', quadrant, text });
    await callOk(p.dispatch, 'swotNotes.update', { id: note.id, areaIds: [lärande] });
  };
  await add('styrkor', 'Engagerad personal som gärna går på kurser');

  let mapping = await callOk(p.dispatch, 'swotMapping.get', {});
  expect(mapping.needsByCounty.filter((n) => n.areaId === lärande)).toEqual([]);
  expect(mapping.heatmap.filter((n) => n.areaId === lärande)).toEqual([]);
  expect(mapping.strengthsByCounty.filter((n) => n.areaId === lärande)).toEqual([{ areaId: lärande, countyCode: '20', noteCount: 1 }]);
  let summary = await swotSummaryData(p.ctx, day.id);
  expect(summary.needs).toEqual([]);
  expect(summary.strengths).toEqual([{ area: 'Lärande', noteCount: 1, highPriorityCount: 0 }]);

  await add('svagheter', 'Ingen tid för fortbildning');
  mapping = await callOk(p.dispatch, 'swotMapping.get', {});
  expect(mapping.needsByCounty.filter((n) => n.areaId === lärande)).toEqual([{ areaId: lärande, countyCode: '20', noteCount: 1 }]);
  summary = await swotSummaryData(p.ctx, day.id);
  expect(summary.needs).toEqual([{ area: 'Lärande', noteCount: 1, highPriorityCount: 0 }]);
});
