import type { ChangeDirection, SurveyRound } from '../../../shared/domain/surveys';
import { formatInteger, formatTenth } from '../../../shared/format';
import { translate } from '../../../shared/i18n';
import { formatReportDate } from './docx-helpers';
import { formatPeriodRange } from './report-format';

/* How the survey exports write their figures: shares to a tenth with the
 * decimal comma ("61,5 %"), changes in procentenheter with their sign. The
 * tenth is always written, so a column of shares lines up. */

/** What a group below five answers reads instead of any figure. */
export const tooFewText = 'för få svar';

export function formatShare(p: number | null): string {
  return p === null ? '–' : `${formatTenth(p)} %`;
}

/** "+16,0 p.e.", "−50,0 p.e.", "0,0 p.e.". */
export function formatChange(points: number): string {
  return `${points > 0 ? '+' : ''}${formatTenth(points)} p.e.`;
}

export const directionText = (d: ChangeDirection): string => translate(`surveys.directions.${d}`);

export function targetText(round: SurveyRound): string {
  if (round.target === 'aktivitet') return `Deltagarna i ${round.activityName ?? 'aktiviteten'}`;
  if (round.target === 'lan') return round.groups.find((g) => g.countyCode === round.countyCode)?.countyName ?? translate('surveys.targets.lan');
  return translate('surveys.targets.alla');
}

export function answerPeriod(round: SurveyRound): string {
  if (round.opensOn && round.closesOn) return formatPeriodRange(round.opensOn, round.closesOn);
  if (round.opensOn) return `Från ${formatReportDate(round.opensOn)}`;
  if (round.closesOn) return `Till ${formatReportDate(round.closesOn)}`;
  return 'Ej angiven';
}

export function answeredText(r: { asked: number; responses: number; responseRate: number | null }): string {
  return `${formatInteger(r.responses)} av ${formatInteger(r.asked)} tillfrågade${r.responseRate === null ? '' : ` (svarsfrekvens ${formatShare(r.responseRate)})`}`;
}
