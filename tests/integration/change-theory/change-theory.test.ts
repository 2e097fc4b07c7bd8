import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { naturalId } from '../../../electron/core/ids';
import type { ChangeTheory, TheoryLevel } from '../../../shared/domain/change-theory';
import { callErr, callOk, countRows, openTestProject, snapshot, type TestProject } from '../../helpers/db';
import { learningOrganisation, questionId } from '../surveys/support';

/* The theory of change: boxes in four levels, moved within their level, linked on to the next level and to what evidences them. */

let project: TestProject;
beforeEach(async () => {
  project = await openTestProject();
});
afterEach(async () => {
  await project.cleanup();
});

const titles = (t: ChangeTheory, level: TheoryLevel) => t.boxes.filter((b) => b.level === level).map((b) => b.title);
const boxOf = (t: ChangeTheory, title: string) => t.boxes.find((b) => b.title === title)!;
const save = (level: TheoryLevel, title: string, id?: string) => callOk(project.dispatch, 'changeTheory.saveBox', { id, level, title, description: null });

async function activity(name: string) {
  return callOk(project.dispatch, 'activities.create', {
    name,
    kind: 'kurs',
    status: 'planerad',
    sessions: [{ date: '2012-10-02', startTime: '09:00', endTime: '12:00', place: 'Falu stadsbibliotek', municipalityCode: '2080' }],
  });
}

async function theory() {
  await save('aktivitet', 'Kurser i digital delaktighet');
  await save('aktivitet', 'Omvärldsbevakning');
  await save('output', 'Personal har gått kursen');
  await save('resultat', 'Bättre stöd till låntagarna');
  await save('effekt', 'Fler vuxna är digitalt delaktiga');
  return callOk(project.dispatch, 'changeTheory.get', {});
}

describe('boxes', () => {
  it('are added at the end of their level and read level by level in order', async () => {
    const t = await theory();
    expect(t.boxes.map((b) => [b.level, b.position, b.title])).toEqual([
      ['aktivitet', 1, 'Kurser i digital delaktighet'],
      ['aktivitet', 2, 'Omvärldsbevakning'],
      ['output', 1, 'Personal har gått kursen'],
      ['resultat', 1, 'Bättre stöd till låntagarna'],
      ['effekt', 1, 'Fler vuxna är digitalt delaktiga'],
    ]);
    const edited = await callOk(project.dispatch, 'changeTheory.saveBox', { id: boxOf(t, 'Omvärldsbevakning').id, level: 'aktivitet', title: 'Omvärldsbevakning i länen', description: 'Fyra träffar om året' });
    expect(boxOf(edited, 'Omvärldsbevakning i länen')).toMatchObject({ position: 2, description: 'Fyra träffar om året' });
  });

  it('move up and down within their level, numbered 1…n, writing only the rows that change', async () => {
    await save('aktivitet', 'C');
    const t = await theory();
    expect(titles(t, 'aktivitet')).toEqual(['C', 'Kurser i digital delaktighet', 'Omvärldsbevakning']);
    const moved = await callOk(project.dispatch, 'changeTheory.moveBox', { id: boxOf(t, 'Omvärldsbevakning').id, direction: 'up' });
    expect(titles(moved, 'aktivitet')).toEqual(['C', 'Omvärldsbevakning', 'Kurser i digital delaktighet']);
    expect(moved.boxes.filter((b) => b.level === 'aktivitet').map((b) => b.position)).toEqual([1, 2, 3]);
    expect(titles(moved, 'output')).toEqual(['Personal har gått kursen']);
    const before = snapshot(project.sqlite);
    const edge = await callOk(project.dispatch, 'changeTheory.moveBox', { id: boxOf(t, 'C').id, direction: 'up' });
    expect(titles(edge, 'aktivitet')).toEqual(titles(moved, 'aktivitet'));
    expect(snapshot(project.sqlite)).toEqual(before);
  });

  it('given another level moves to its end and keeps no arrows that would skip a level', async () => {
    const t = await theory();
    const course = boxOf(t, 'Kurser i digital delaktighet');
    const output = boxOf(t, 'Personal har gått kursen');
    await callOk(project.dispatch, 'changeTheory.setLinks', { boxId: course.id, links: [{ kind: 'box', targetId: output.id }, { kind: 'indicator', targetId: 'EECO01' }] });
    const moved = await callOk(project.dispatch, 'changeTheory.saveBox', { id: course.id, level: 'resultat', title: course.title, description: null });
    expect(titles(moved, 'resultat')).toEqual(['Bättre stöd till låntagarna', 'Kurser i digital delaktighet']);
    expect(boxOf(moved, course.title).links.map((l) => l.targetId)).toEqual(['EECO01']);
  });

  it('are deleted with their links and the arrows pointing to them, in one call', async () => {
    const t = await theory();
    const course = boxOf(t, 'Kurser i digital delaktighet');
    const output = boxOf(t, 'Personal har gått kursen');
    const result = boxOf(t, 'Bättre stöd till låntagarna');
    await callOk(project.dispatch, 'changeTheory.setLinks', { boxId: course.id, links: [{ kind: 'box', targetId: output.id }] });
    await callOk(project.dispatch, 'changeTheory.setLinks', { boxId: output.id, links: [{ kind: 'box', targetId: result.id }, { kind: 'indicator', targetId: 'EECR03' }] });
    const after = await callOk(project.dispatch, 'changeTheory.deleteBox', { id: output.id });
    expect(titles(after, 'output')).toEqual([]);
    expect(boxOf(after, course.title).links).toEqual([]);
    expect(countRows(project.sqlite, 'change_theory_links', 'deleted_at is null')).toBe(0);
    expect(countRows(project.sqlite, 'change_theory_boxes', 'deleted_at is not null')).toBe(1);
    expect((await callErr(project.dispatch, 'changeTheory.deleteBox', { id: output.id })).code).toBe('NOT_FOUND');
  });

  it('refuses an empty title and an unknown level in Swedish, changing nothing', async () => {
    await theory();
    const before = snapshot(project.sqlite);
    const empty = await callErr(project.dispatch, 'changeTheory.saveBox', { level: 'output', title: '  ' });
    expect(empty.code).toBe('VALIDATION');
    expect(empty.fieldErrors?.title).toBe('Fältet måste fyllas i.');
    expect((await callErr(project.dispatch, 'changeTheory.saveBox', { level: 'vision', title: 'X' })).code).toBe('VALIDATION');
    const gone = await callErr(project.dispatch, 'changeTheory.moveBox', { id: '01900000-0000-7000-8000-000000000000', direction: 'down' });
    expect(gone).toMatchObject({ code: 'NOT_FOUND', message: 'Rutan finns inte (den kan ha tagits bort).' });
    expect(snapshot(project.sqlite)).toEqual(before);
  });
});

describe('links', () => {
  it('name the next level’s boxes, activities, indicators and survey questions as they are called now', async () => {
    const t = await theory();
    const course = boxOf(t, 'Kurser i digital delaktighet');
    const output = boxOf(t, 'Personal har gått kursen');
    const a = await activity('Digitalt först – grundkurs');
    const q = await learningOrganisation(project);
    const set = await callOk(project.dispatch, 'changeTheory.setLinks', {
      boxId: course.id,
      links: [
        { kind: 'question', targetId: questionId(q, 'F1') },
        { kind: 'indicator', targetId: 'EECO09' },
        { kind: 'activity', targetId: a.id },
        { kind: 'box', targetId: output.id },
        { kind: 'box', targetId: output.id },
      ],
    });
    const links = boxOf(set, course.title).links;
    expect(links.map((l) => [l.kind, l.label])).toEqual([
      ['box', 'Personal har gått kursen'],
      ['activity', 'Digitalt först – grundkurs'],
      ['indicator', 'EECO09 Högst grundskola (ISCED 0–2)'],
      ['question', expect.stringMatching(/^F1 .+ \(.+\)$/)],
    ]);
    const ids = project.sqlite.prepare<[], { id: string; target_id: string }>('select id, target_id from change_theory_links').all();
    expect(ids).toHaveLength(4);
    for (const r of ids) expect(r.id).toBe(naturalId('change_theory_links', course.id, links.find((l) => l.targetId === r.target_id)!.kind, r.target_id));

    // Renamed and deleted targets read as they are now.
    await callOk(project.dispatch, 'changeTheory.saveBox', { id: output.id, level: 'output', title: 'Personalen har gått kursen', description: null });
    await callOk(project.dispatch, 'activities.delete', { id: a.id });
    const now = boxOf(await callOk(project.dispatch, 'changeTheory.get', {}), course.title).links;
    expect(now.slice(0, 2).map((l) => l.label)).toEqual(['Personalen har gått kursen', 'Digitalt först – grundkurs (borttagen)']);
  });

  it('are replaced as a whole: a removed link is dropped and one set again revives its row', async () => {
    const t = await theory();
    const course = boxOf(t, 'Kurser i digital delaktighet');
    await callOk(project.dispatch, 'changeTheory.setLinks', { boxId: course.id, links: [{ kind: 'indicator', targetId: 'EECO01' }, { kind: 'indicator', targetId: 'EECO02' }] });
    const fewer = await callOk(project.dispatch, 'changeTheory.setLinks', { boxId: course.id, links: [{ kind: 'indicator', targetId: 'EECO02' }] });
    expect(boxOf(fewer, course.title).links.map((l) => l.targetId)).toEqual(['EECO02']);
    const back = await callOk(project.dispatch, 'changeTheory.setLinks', { boxId: course.id, links: [{ kind: 'indicator', targetId: 'EECO01' }, { kind: 'indicator', targetId: 'EECO02' }] });
    expect(boxOf(back, course.title).links.map((l) => l.targetId).sort()).toEqual(['EECO01', 'EECO02']);
    expect(countRows(project.sqlite, 'change_theory_links')).toBe(2);
  });

  it('refuse a box of another level, an unknown activity or question and an unknown indicator in Swedish, changing nothing', async () => {
    const t = await theory();
    const course = boxOf(t, 'Kurser i digital delaktighet');
    const other = boxOf(t, 'Omvärldsbevakning');
    const result = boxOf(t, 'Bättre stöd till låntagarna');
    const effect = boxOf(t, 'Fler vuxna är digitalt delaktiga');
    await callOk(project.dispatch, 'changeTheory.setLinks', { boxId: course.id, links: [{ kind: 'indicator', targetId: 'EECO01' }] });
    const before = snapshot(project.sqlite);
    const unknown = '01900000-0000-7000-8000-000000000000';
    const cases: [string, { kind: 'box' | 'activity' | 'indicator' | 'question'; targetId: string }, string][] = [
      [course.id, { kind: 'box', targetId: result.id }, 'En ruta kan bara leda till en ruta på nästa nivå.'],
      [course.id, { kind: 'box', targetId: other.id }, 'En ruta kan bara leda till en ruta på nästa nivå.'],
      [effect.id, { kind: 'box', targetId: course.id }, 'En ruta kan bara leda till en ruta på nästa nivå.'],
      [course.id, { kind: 'box', targetId: unknown }, 'Rutan som kopplingen pekar på finns inte.'],
      [course.id, { kind: 'activity', targetId: unknown }, 'Aktiviteten finns inte (den kan ha tagits bort).'],
      [course.id, { kind: 'question', targetId: unknown }, 'Enkätfrågan finns inte (den kan ha tagits bort).'],
      [course.id, { kind: 'indicator', targetId: 'EECO99' }, 'Okänd indikatorkod: EECO99.'],
    ];
    for (const [boxId, link, message] of cases) {
      const err = await callErr(project.dispatch, 'changeTheory.setLinks', { boxId, links: [{ kind: 'indicator', targetId: 'EECO05' }, link] });
      expect(err, `${link.kind} ${link.targetId}`).toMatchObject({ code: 'VALIDATION', message });
    }
    expect(snapshot(project.sqlite)).toEqual(before);
  });

  it('are offered by a search: at most 20 activities or questions, indicators by code or name', async () => {
    for (let i = 1; i <= 25; i++) await activity(`Bokcirkel ${String(i).padStart(2, '0')}`);
    await activity('Språkcafé');
    const all = await callOk(project.dispatch, 'changeTheory.linkOptions', { kind: 'activity', search: '' });
    expect(all).toHaveLength(20);
    expect(all[0]).toMatchObject({ kind: 'activity', label: 'Bokcirkel 01' });
    expect((await callOk(project.dispatch, 'changeTheory.linkOptions', { kind: 'activity', search: 'SPRÅK' })).map((o) => o.label)).toEqual(['Språkcafé']);
    expect((await callOk(project.dispatch, 'changeTheory.linkOptions', { kind: 'indicator', search: 'isced' })).map((o) => o.targetId)).toEqual(['EECO09', 'EECO10', 'EECO11']);
    expect((await callOk(project.dispatch, 'changeTheory.linkOptions', { kind: 'indicator', search: 'eecr05' })).map((o) => o.label)).toEqual(['EECR05 I arbete sex månader efter utträdet']);
    const q = await learningOrganisation(project);
    const f1 = await callOk(project.dispatch, 'changeTheory.linkOptions', { kind: 'question', search: 'F1' });
    expect(f1.map((o) => o.targetId)).toContain(questionId(q, 'F1'));
  });
});
