import type { DomainHandlers } from '../handler';
import { activityFollowUps, createFollowUpsForActivity, openFollowUps, updateFollowUp } from './follow-ups';
import { followUpImportTemplate, importFollowUps, previewFollowUpImport } from './import';
import { addStep, countyProgress, createProcess, deleteProcess, deleteStep, listProcesses, moveStep, processStepMarks, renameProcess, updateStep } from './processes';

export const followUpHandlers: DomainHandlers<'followUps'> = {
  'followUps.forActivity': (input, { db }) => activityFollowUps(db, input),
  'followUps.createForActivity': (input, ctx) => createFollowUpsForActivity(ctx, input),
  'followUps.update': (input, ctx) => updateFollowUp(ctx, input),
  'followUps.openForMunicipality': (input, { db }) => openFollowUps(db, input),
  'followUps.importPreview': (input, ctx) => previewFollowUpImport(ctx, input),
  'followUps.import': (input, ctx) => importFollowUps(ctx, input),
  'followUps.importTemplate': (input, ctx) => followUpImportTemplate(ctx, input),
};

export const processHandlers: DomainHandlers<'processes'> = {
  'processes.list': (input, { db }) => listProcesses(db, input),
  'processes.create': (input, ctx) => createProcess(ctx, input),
  'processes.rename': (input, ctx) => renameProcess(ctx, input),
  'processes.delete': (input, ctx) => deleteProcess(ctx, input.id),
  'processes.addStep': (input, ctx) => addStep(ctx, input),
  'processes.updateStep': (input, ctx) => updateStep(ctx, input),
  'processes.moveStep': (input, ctx) => moveStep(ctx, input),
  'processes.deleteStep': (input, ctx) => deleteStep(ctx, input.id),
  'processes.countyProgress': (_input, { db }) => countyProgress(db),
  'processes.timelineMarks': (input, { db }) => processStepMarks(db, input),
};
