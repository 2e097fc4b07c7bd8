import { afterEach, describe, expect, it } from 'vitest';
import { openTestProject, type TestProject } from '../../helpers/db';

let project: TestProject | undefined;
afterEach(async () => {
  await project?.cleanup();
  project = undefined;
});

describe('migration 0003: SWOT days, notes and competence areas', () => {
  it('seeds the ten competence areas, the five project tracks first, with the same fixed ids on every laptop', async () => {
    project = await openTestProject();
    const areas = project.sqlite.prepare('select id, name, is_track from competence_areas order by sort_order').all() as { id: string; name: string; is_track: number }[];
    expect(areas.map((a) => a.name)).toEqual([
      'Lärande',
      'Marknadsföring',
      'Bemötande',
      'IT',
      'Ledarskap',
      'Läsfrämjande',
      'Barn och unga',
      'Flerspråkighet och nyanlända',
      'Digital delaktighet',
      'Tillgänglighet',
    ]);
    expect(areas.filter((a) => a.is_track === 1)).toHaveLength(5);
    expect(areas[3]!.id).toBe('01890000-0000-7000-8000-000000000004');
  });

  it('refuses a note in an unknown quadrant or perspective at the database level', async () => {
    project = await openTestProject();
    const now = '2012-03-14T08:00:00.000Z';
    project.sqlite
      .prepare(`insert into swot_days (id, municipality_code, date, status, created_at, updated_at) values ('d1', '2080', '2012-03-14', 'planerad', ?, ?)`)
      .run(now, now);
    const insert = (perspective: string, quadrant: string) =>
      project!.sqlite
        .prepare(`insert into swot_notes (id, swot_day_id, perspective, quadrant, text, position, created_at, updated_at) values (?, 'd1', ?, ?, 'x', 1, ?, ?)`)
        .run(`${perspective}-${quadrant}`, perspective, quadrant, now, now);
    expect(() => insert('nya_utmaningar', 'risker')).toThrow(/CHECK/);
    expect(() => insert('framtid', 'hot')).toThrow(/CHECK/);
    expect(() => insert('malgrupper', 'hot')).not.toThrow();
  });
});
