import type { SwotDayWithNotes } from '../../../shared/domain/swot';
import type { DomainHandlers } from '../handler';
import { createArea, deleteArea, listAreas, updateArea } from './areas';
import { checkNewSwotDay, createSwotDay, deleteSwotDay, getSwotDayRow, listSwotDays, updateSwotDay } from './days';
import { importSwotNotes, previewSwotImport, swotImportTemplateFile } from './import';
import { suggestAreas } from './suggest';
import { addNote, deleteNote, listNotes, moveNote, restoreNote, updateNote } from './notes';

export const areaHandlers: DomainHandlers<'areas'> = {
  'areas.list': (_input, { db }) => listAreas(db),
  'areas.create': (input, ctx) => createArea(ctx, input),
  'areas.update': (input, ctx) => updateArea(ctx, input),
  'areas.delete': (input, ctx) => deleteArea(ctx, input.id),
  'areas.suggest': async (input, { db }) => suggestAreas(input.text, await listAreas(db)),
};

export const swotDayHandlers: DomainHandlers<'swotDays'> = {
  'swotDays.list': (input, { db }) => listSwotDays(db, input.municipalityCode),
  'swotDays.get': async (input, { db }): Promise<SwotDayWithNotes> => ({
    day: await getSwotDayRow(db, input.id),
    notes: await listNotes(db, input.id),
  }),
  'swotDays.create': (input, ctx) => createSwotDay(ctx, input),
  'swotDays.update': (input, ctx) => updateSwotDay(ctx, input),
  'swotDays.delete': (input, ctx) => deleteSwotDay(ctx, input.id),
  'swotDays.createCheck': (input, { db }) => checkNewSwotDay(db, input),
};

export const swotNoteHandlers: DomainHandlers<'swotNotes'> = {
  'swotNotes.add': (input, ctx) => addNote(ctx, input),
  'swotNotes.update': (input, ctx) => updateNote(ctx, input),
  'swotNotes.move': (input, ctx) => moveNote(ctx, input),
  'swotNotes.delete': (input, ctx) => deleteNote(ctx, input.id),
  'swotNotes.restore': (input, ctx) => restoreNote(ctx, input.id),
  'swotNotes.importPreview': (input, ctx) => previewSwotImport(ctx, input),
  'swotNotes.import': (input, ctx) => importSwotNotes(ctx, input),
  'swotNotes.importTemplate': () => swotImportTemplateFile(),
};
