import type { SystemInfo } from '../../../shared/domain/system';
import { contactHandlers, countyHandlers, libraryUnitHandlers, municipalityHandlers } from '../municipalities/handlers';
import { individualPlanHandlers, planHandlers, planItemHandlers } from '../plans/handlers';
import { reportHandlers } from '../reports/handlers';
import { areaHandlers, swotDayHandlers, swotNoteHandlers } from '../swot/handlers';
import { swotMappingHandlers } from '../swot/mapping-handlers';
import { systemHandlers } from '../system/handlers';
import { legOverrideHandlers, tourHandlers } from '../tours/handlers';
import { tourSettingsHandlers, visitHandlers } from '../visits/handlers';
import { activityHandlers } from '../activities/handlers';
import { attendanceHandlers } from '../attendance/handlers';
import { participantHandlers } from '../participants/handlers';
import { milestoneHandlers, periodHandlers, phaseHandlers, projectHandlers, timelineHandlers } from '../project/handlers';
import { budgetHandlers, costHandlers, esfHandlers, financingBudgetHandlers, financingHandlers, periodTextHandlers, projectTextHandlers } from '../esf/handlers';
import { backupHandlers, projectFileHandlers } from '../backup/handlers';
import { syncHandlers } from '../sync/handlers';
import { followUpHandlers, processHandlers } from '../follow-up/handlers';
import { surveyHandlers, surveyResponseHandlers, surveyRoundHandlers } from '../surveys/handlers';
import { esfPlusBudgetHandlers, esfPlusHandlers, staffHandlers, staffTimeHandlers } from '../esf-plus/handlers';
import { signatureHandlers } from '../signatures/handlers';
import { certificateHandlers } from '../reports/certificate-handlers';
import { euIndicatorHandlers } from '../eu-indicators/handlers';
import { changeTheoryHandlers } from '../change-theory/handlers';
import { quarterlyReportHandlers } from '../reports/quarterly-handlers';
import type { Handlers } from '../handler';

/** Joins the domain areas; the type proves every contract method has exactly one handler. */
export function allHandlers(info: SystemInfo): Handlers {
  return {
    ...systemHandlers(info),
    ...countyHandlers,
    ...municipalityHandlers,
    ...libraryUnitHandlers,
    ...contactHandlers,
    ...areaHandlers,
    ...swotDayHandlers,
    ...swotNoteHandlers,
    ...swotMappingHandlers,
    ...reportHandlers,
    ...planHandlers,
    ...planItemHandlers,
    ...individualPlanHandlers,
    ...visitHandlers,
    ...tourSettingsHandlers,
    ...legOverrideHandlers,
    ...tourHandlers,
    ...projectHandlers,
    ...phaseHandlers,
    ...milestoneHandlers,
    ...periodHandlers,
    ...timelineHandlers,
    ...activityHandlers,
    ...participantHandlers,
    ...attendanceHandlers,
    ...esfHandlers,
    ...costHandlers,
    ...budgetHandlers,
    ...periodTextHandlers,
    ...financingHandlers,
    ...financingBudgetHandlers,
    ...projectTextHandlers,
    ...backupHandlers,
    ...projectFileHandlers,
    ...syncHandlers,
    ...followUpHandlers,
    ...processHandlers,
    ...surveyHandlers,
    ...surveyRoundHandlers,
    ...surveyResponseHandlers,
    ...staffHandlers,
    ...staffTimeHandlers,
    ...esfPlusHandlers,
    ...esfPlusBudgetHandlers,
    ...signatureHandlers,
    ...certificateHandlers,
    ...euIndicatorHandlers,
    ...changeTheoryHandlers,
    ...quarterlyReportHandlers,
  };
}
