import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SwotDay, SwotNote } from '../../../shared/domain/swot';
import { callErr, callOk, openTestProject, snapshot, uuidV7Pattern, type TestProject } from '../../helpers/db';

let project: TestProject;
let day: SwotDay;

beforeEach(async () => {
  project = await openTestProject();
  day = await callOk(project.dispatch, 'swotDays.create', { municipalityCode: '2080', date: '2012-03-14', status: 'planerad' });
});
afterEach(async () => {
  await project.cleanup();
});

const add = (perspective: SwotNote['perspective'], quadrant: SwotNote['quadrant'], text: string) =>
  callOk(project.dispatch, 'swotNotes.add', { swotDayId: day.id, perspective, quadrant, text });

const cell = async (perspective: string, quadrant: string) =>
  (await callOk(project.dispatch, 'swotDays.get', { id: day.id })).notes.filter((n) => n.perspective === perspective && n.quadrant === quadrant).map((n) => n.text);

describe('SWOT days', () => {
  it('creates a day with defaults for blank counts and lists it under its municipality with a note count', async () => {
    expect(day.id).toMatch(uuidV7Pattern);
    expect(day).toMatchObject({ municipalityCode: '2080', date: '2012-03-14', participantsWomen: 0, participantsMen: 0, participantsOther: 0, status: 'planerad' });
    await add('nya_utmaningar', 'styrkor', 'Engagerad personal');
    const list = await callOk(project.dispatch, 'swotDays.list', { municipalityCode: '2080' });
    expect(list).toEqual([expect.objectContaining({ id: day.id, municipalityName: 'Falun', noteCount: 1 })]);
    expect(await callOk(project.dispatch, 'swotDays.list', { municipalityCode: '1780' })).toEqual([]);
  });

  it('saves the preparation notes at the three levels and the participants by gender', async () => {
    const updated = await callOk(project.dispatch, 'swotDays.update', {
      id: day.id,
      date: '2012-03-14',
      status: 'genomford',
      facilitators: 'Anna Exempel, Länsbibliotek Dalarna',
      participantsWomen: '14',
      participantsMen: 3,
      participantsOther: '',
      prepOmvarld: 'Bibliotekslagen\nBarnkonventionen',
      prepNarvarld: 'Befolkningen minskar',
      prepInvarld: '',
    });
    expect(updated).toMatchObject({ status: 'genomford', participantsWomen: 14, participantsMen: 3, participantsOther: 0, prepOmvarld: 'Bibliotekslagen\nBarnkonventionen', prepInvarld: null });
  });

  it.each([
    [{ date: '2012-02-30' }, 'date', 'ÅÅÅÅ-MM-DD'],
    [{ date: '14/3 2012' }, 'date', 'ÅÅÅÅ-MM-DD'],
    [{ participantsWomen: -1 }, 'participantsWomen', 'heltal'],
    [{ status: 'klar' }, 'status', 'planerad, genomförd eller rapporterad'],
  ])('refuses %o in Swedish and changes nothing', async (change, field, text) => {
    const before = snapshot(project.sqlite);
    const error = await callErr(project.dispatch, 'swotDays.update', { id: day.id, date: '2012-03-14', status: 'planerad', ...change });
    expect(error.code).toBe('VALIDATION');
    expect(error.fieldErrors?.[field]).toContain(text);
    expect(snapshot(project.sqlite)).toEqual(before);
  });

  it('refuses a place that is a library unit of another municipality', async () => {
    const karlstad = await callOk(project.dispatch, 'libraryUnits.create', { municipalityCode: '1780', name: 'Karlstads stadsbibliotek', kind: 'huvudbibliotek' });
    const error = await callErr(project.dispatch, 'swotDays.update', { id: day.id, date: '2012-03-14', status: 'planerad', libraryUnitId: karlstad.id });
    expect(error.fieldErrors?.['libraryUnitId']).toBe('Enheten hör inte till den här kommunen.');
  });
});

describe('the SWOT board', () => {
  it('adds notes to the end of their cell, in order, in all twelve cells', async () => {
    for (const p of ['nya_utmaningar', 'malgrupper', 'nya_mojligheter'] as const) {
      for (const q of ['styrkor', 'svagheter', 'mojligheter', 'hot'] as const) {
        await add(p, q, `${p}/${q} 1`);
        await add(p, q, `${p}/${q} 2`);
      }
    }
    const { notes } = await callOk(project.dispatch, 'swotDays.get', { id: day.id });
    expect(notes).toHaveLength(24);
    expect(await cell('malgrupper', 'hot')).toEqual(['malgrupper/hot 1', 'malgrupper/hot 2']);
  });

  it('moves a note to another quadrant and perspective, at an index or last', async () => {
    const a = await add('nya_utmaningar', 'styrkor', 'A');
    await add('nya_mojligheter', 'hot', 'X');
    await add('nya_mojligheter', 'hot', 'Y');
    await callOk(project.dispatch, 'swotNotes.move', { id: a.id, perspective: 'nya_mojligheter', quadrant: 'hot', index: 1 });
    expect(await cell('nya_mojligheter', 'hot')).toEqual(['X', 'A', 'Y']);
    expect(await cell('nya_utmaningar', 'styrkor')).toEqual([]);
    await callOk(project.dispatch, 'swotNotes.move', { id: a.id, perspective: 'nya_mojligheter', quadrant: 'hot', index: 0 });
    expect(await cell('nya_mojligheter', 'hot')).toEqual(['A', 'X', 'Y']);
    await callOk(project.dispatch, 'swotNotes.move', { id: a.id, perspective: 'malgrupper', quadrant: 'svagheter' });
    expect(await cell('malgrupper', 'svagheter')).toEqual(['A']);
  });

  it('deletes a note softly and restores it exactly (undo)', async () => {
    const note = await add('malgrupper', 'mojligheter', 'Samarbete med SFI');
    await callOk(project.dispatch, 'swotNotes.update', { id: note.id, priority: 1, areaIds: ['01890000-0000-7000-8000-000000000008'] });
    await callOk(project.dispatch, 'swotNotes.delete', { id: note.id });
    expect(await cell('malgrupper', 'mojligheter')).toEqual([]);
    const restored = await callOk(project.dispatch, 'swotNotes.restore', { id: note.id });
    expect(restored).toMatchObject({ text: 'Samarbete med SFI', priority: 1, areaIds: ['01890000-0000-7000-8000-000000000008'], quadrant: 'mojligheter' });
    expect((await callErr(project.dispatch, 'swotNotes.restore', { id: note.id })).code).toBe('NOT_FOUND');
  });

  it('edits text, priority and areas; an empty text is refused and nothing changes', async () => {
    const note = await add('nya_utmaningar', 'svagheter', 'Lite kunskap om e-böcker');
    const edited = await callOk(project.dispatch, 'swotNotes.update', { id: note.id, text: '  Lite kunskap om e-böcker och surfplattor ', priority: 2 });
    expect(edited).toMatchObject({ text: 'Lite kunskap om e-böcker och surfplattor', priority: 2, areaIds: [] });
    const before = snapshot(project.sqlite);
    const error = await callErr(project.dispatch, 'swotNotes.update', { id: note.id, text: '   ' });
    expect(error.fieldErrors?.['text']).toBe('Fältet måste fyllas i.');
    expect((await callErr(project.dispatch, 'swotNotes.update', { id: note.id, priority: 5 })).code).toBe('VALIDATION');
    expect(snapshot(project.sqlite)).toEqual(before);
  });

  it('refuses a note for a day that does not exist, or in an unknown quadrant', async () => {
    const before = snapshot(project.sqlite);
    expect((await callErr(project.dispatch, 'swotNotes.add', { swotDayId: '01890000-0000-7000-8000-0000000000ff', perspective: 'malgrupper', quadrant: 'hot', text: 'x' })).code).toBe('NOT_FOUND');
    expect((await callErr(project.dispatch, 'swotNotes.add', { swotDayId: day.id, perspective: 'malgrupper', quadrant: 'risker', text: 'x' })).fieldErrors?.['quadrant']).toBe('Okänd kvadrant.');
    expect(snapshot(project.sqlite)).toEqual(before);
  });
});

describe('competence areas', () => {
  it('lists the seeded areas and adds, renames and removes one; names are unique regardless of case', async () => {
    expect((await callOk(project.dispatch, 'areas.list', {})).map((a) => a.name)).toContain('Digital delaktighet');
    const area = await callOk(project.dispatch, 'areas.create', { name: 'Lokalhistoria', keywords: ['hembygd', 'arkiv'] });
    expect(area).toMatchObject({ name: 'Lokalhistoria', isTrack: false, keywords: ['hembygd', 'arkiv'], sortOrder: 11 });
    const clash = await callErr(project.dispatch, 'areas.create', { name: 'lokalhistoria' });
    expect(clash.fieldErrors?.['name']).toContain('finns redan');
    await callOk(project.dispatch, 'areas.update', { id: area.id, name: 'Lokal- och släktforskning', keywords: [] });
    await callOk(project.dispatch, 'areas.delete', { id: area.id });
    expect((await callOk(project.dispatch, 'areas.list', {})).map((a) => a.name)).not.toContain('Lokal- och släktforskning');
  });

  it('suggests areas for a note from its Swedish words, best first, without applying them', async () => {
    const note = await add('malgrupper', 'mojligheter', 'Många nyanlända besöker biblioteket');
    const suggestions = await callOk(project.dispatch, 'areas.suggest', { text: note.text });
    const areas = await callOk(project.dispatch, 'areas.list', {});
    const name = (id: string) => areas.find((a) => a.id === id)?.name;
    expect(name(suggestions[0]!.areaId)).toBe('Flerspråkighet och nyanlända');
    expect(suggestions[0]!.matched).toContain('nyanlända');
    expect((await callOk(project.dispatch, 'swotDays.get', { id: day.id })).notes[0]!.areaIds).toEqual([]);
    expect(await callOk(project.dispatch, 'areas.suggest', { text: 'och att det som' })).toEqual([]);
  });
});
