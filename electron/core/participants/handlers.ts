import type { DomainHandlers } from '../handler';
import { templateFile } from '../spreadsheets/import';
import { participantImportTemplate } from './import-parse';
import { importParticipants, previewParticipantImport } from './import';
import { eraseParticipant, listParticipants, participantHistory, saveParticipant, searchParticipants } from './participants';

export const participantHandlers: DomainHandlers<'participants'> = {
  'participants.list': (input, { db }) => listParticipants(db, input),
  'participants.search': (input, { db }) => searchParticipants(db, input),
  'participants.get': (input, { db }) => participantHistory(db, input.id),
  'participants.create': (input, ctx) => saveParticipant(ctx, input),
  'participants.update': (input, ctx) => saveParticipant(ctx, input),
  'participants.erase': (input, ctx) => eraseParticipant(ctx, input),
  'participants.importPreview': (input, ctx) => previewParticipantImport(ctx, input),
  'participants.import': (input, ctx) => importParticipants(ctx, input),
  'participants.importTemplate': () => templateFile('deltagare-mall.xlsx', participantImportTemplate()),
};
