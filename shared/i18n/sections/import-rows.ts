/* Row messages the spreadsheet imports share. */
export const importRowsSv = {
  hasErrors_one: 'Filen har {{count}} fel. Rätta filen eller importera bara de giltiga raderna.',
  hasErrors_other: 'Filen har {{count}} fel. Rätta filen eller importera bara de giltiga raderna.',
  unknownPersonnummer: 'Rad {{row}}: ingen deltagare har det personnumret.',
  unknownParticipant: 'Rad {{row}}: ingen deltagare med det namnet (och födelseåret).',
  ambiguousParticipant: 'Rad {{row}}: flera deltagare har det namnet; ange personnummer eller födelseår.',
  noSession: 'Rad {{row}}: aktiviteten har inget tillfälle {{date}}.',
  severalSessions: 'Rad {{row}}: aktiviteten har flera tillfällen {{date}}; ange starttid.',
  repeatedAttendance: 'Rad {{row}}: samma deltagare och tillfälle som rad {{earlier}}.',
};

export const importRowsEn: typeof importRowsSv = {
  hasErrors_one: 'The file has {{count}} error. Correct the file or import only the valid rows.',
  hasErrors_other: 'The file has {{count}} errors. Correct the file or import only the valid rows.',
  unknownPersonnummer: 'Row {{row}}: no participant has that personal identity number.',
  unknownParticipant: 'Row {{row}}: no participant with that name (and birth year).',
  ambiguousParticipant: 'Row {{row}}: several participants have that name; give the personal identity number or birth year.',
  noSession: 'Row {{row}}: the activity has no session on {{date}}.',
  severalSessions: 'Row {{row}}: the activity has several sessions on {{date}}; give the start time.',
  repeatedAttendance: 'Row {{row}}: the same participant and session as row {{earlier}}.',
};
