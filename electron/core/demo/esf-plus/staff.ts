import type { Faker } from '@faker-js/faker';
import type { Clock } from '../../clock';
import { naturalId, newId } from '../../ids';
import { monthsBetween, nextMonth, nextWorkingDay, workingDays } from './calendar';
import { surname } from './people';
import { tableWrite, type TableWrite } from './write';

/*
 * The project's own staff: a full-time project manager, a process leader
 * at half time in each county and an economist at a fifth. Their hours per
 * month follow the working days at their share of full time, less four
 * weeks' holiday in July. Time is reported for 2024 and the whole of 2025,
 * so the year views show a full year: the project manager, who started on
 * 1 February 2024, stays under the 1 720-hour cap in 2024 and goes over it
 * in 2025. Every month's time report is signed early in the next month,
 * except the latest.
 */

export interface StaffPlan {
  role: string;
  municipalityCode: string;
  /** Gross monthly employment cost in kronor: salary with the employer's contributions. */
  monthlyCost: number;
  /** Share of full time in the project. */
  share: number;
  startDate: string;
}

export const staffPlans: readonly StaffPlan[] = [
  { role: 'Projektledare', municipalityCode: '1780', monthlyCost: 66_500, share: 1, startDate: '2024-02-01' },
  { role: 'Processledare Värmland', municipalityCode: '1784', monthlyCost: 57_800, share: 0.5, startDate: '2024-01-01' },
  { role: 'Processledare Dalarna', municipalityCode: '2080', monthlyCost: 56_900, share: 0.5, startDate: '2024-01-01' },
  { role: 'Processledare Uppsala län', municipalityCode: '0380', monthlyCost: 59_200, share: 0.5, startDate: '2024-03-01' },
  { role: 'Projektekonom', municipalityCode: '1780', monthlyCost: 61_400, share: 0.2, startDate: '2024-01-01' },
];

export const staffTimeFirstMonth = '2024-01';
export const staffTimeLastMonth = '2025-12';
const holidayDays = 20;

/** Hours of a month at a share of full time (8 hours a working day), to the quarter hour. */
export function monthHours(plan: StaffPlan, month: string): number {
  const [year, m] = month.split('-').map(Number) as [number, number];
  if (month < plan.startDate.slice(0, 7)) return 0;
  const fromDay = month === plan.startDate.slice(0, 7) ? Number(plan.startDate.slice(8, 10)) : 1;
  const days = Math.max(0, workingDays(year, m, fromDay) - (m === 7 ? holidayDays : 0));
  return Math.round(days * 8 * plan.share * 4) / 4;
}

export function buildStaff(faker: Faker, clock: Clock, now: string): TableWrite[] {
  const stamp = { created_at: now, updated_at: now, deleted_at: null };
  const staff: TableWrite<'project_staff'>['rows'] = [];
  const time: TableWrite<'staff_time'>['rows'] = [];
  for (const plan of staffPlans) {
    const id = newId(clock);
    staff.push({
      id,
      name: `${faker.person.firstName()} ${surname(faker)}`,
      role: plan.role,
      municipality_code: plan.municipalityCode,
      monthly_salary: plan.monthlyCost,
      start_date: plan.startDate,
      end_date: '2026-12-31',
      ...stamp,
    });
    for (const month of monthsBetween(staffTimeFirstMonth, staffTimeLastMonth)) {
      const hours = monthHours(plan, month);
      if (hours === 0) continue;
      const [y, m] = nextMonth(month).split('-').map(Number) as [number, number];
      time.push({
        id: naturalId('staff_time', id, month),
        staff_id: id,
        month,
        hours,
        signed_on: month === staffTimeLastMonth ? null : nextWorkingDay(y, m, 3),
        note: month.endsWith('-07') ? 'Semester fyra veckor' : null,
        ...stamp,
      });
    }
  }
  return [tableWrite('project_staff', staff), tableWrite('staff_time', time)];
}
