import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fillDemoProject } from '../../../electron/core/demo/seed';
import { callOk, openTestProject, type TestProject } from '../../helpers/db';

/* Översikt "as of" a chosen day: a 2012–2014 project seen in 2026 is all done with nothing ahead, unless shown as it stood. */

let project: TestProject;
beforeEach(async () => {
  project = await openTestProject();
  project.clock.set('2026-03-02T09:00:00.000Z');
});
afterEach(async () => {
  await project.cleanup();
});

describe('overview as of a chosen day', () => {
  it('shows every phase done and no deadlines when viewed today, long after the project', async () => {
    const overview = await callOk(project.dispatch, 'esf.overview', {});
    expect(overview.today).toBe('2026-03-02');
    expect(overview.phases.map((p) => p.progress)).toEqual([100, 100]);
    expect(overview.deadlines).toEqual([]);
  });

  it('shows the phases part done and the deadlines ahead as of 2012-10-15', async () => {
    await callOk(project.dispatch, 'project.setViewDate', { asOf: '2012-10-15' });
    const overview = await callOk(project.dispatch, 'esf.overview', {});
    expect(overview.today).toBe('2012-10-15');
    // 45 of the implementation phase's 668 days.
    expect(overview.phases.map((p) => p.progress)).toEqual([100, 6.7]);
    expect(overview.deadlines.map((d) => d.date)).toEqual(['2012-10-31', '2012-10-31', '2013-01-31', '2013-04-30', '2013-07-31']);
  });

  it('opens the demo project as of 2012-10-15 whatever day it is', async () => {
    await fillDemoProject(project.ctx);
    const overview = await callOk(project.dispatch, 'esf.overview', {});
    expect(overview.today).toBe('2012-10-15');
    const implementation = overview.phases.find((p) => p.name === 'Genomförandefasen')!;
    expect(implementation.progress).toBeLessThan(100);
    expect(overview.deadlines[0]).toEqual({ date: '2012-10-31', what: 'Kompetensutvecklingsplaner levererade (31 oktober 2012)' });
    expect(overview.swotDaysByCounty.map((c) => [c.code, c.held])).toEqual([['03', 0], ['17', 16], ['20', 15], ['21', 0]]);
    const timeline = await callOk(project.dispatch, 'timeline.get', {});
    expect([timeline.today, timeline.asOfChosen]).toEqual(['2012-10-15', true]);
    // Uppsala is not visited by the end of August: the milestone is late as of the demo's day.
    expect(timeline.milestones.find((m) => m.name === 'Alla SWOT-dagar genomförda')!.overdue).toBe(true);
  });
});
