/* Strings of the survey Word exports: the printable questionnaire and the round's report. */
export const surveyReportsSv = {
  printQuestionnaire: 'Skriv ut enkäten (Word)',
  roundReport: 'Enkätrapport (Word)',
  exported: '{{file}} är sparad.',
};

export const surveyReportsEn: typeof surveyReportsSv = {
  printQuestionnaire: 'Print the questionnaire (Word)',
  roundReport: 'Survey report (Word)',
  exported: '{{file}} has been saved.',
};
